// Story: a legal officer working on a computer set to another time zone (America/New_York) moderates a citizen's
// comment and sees when it was sent in 北京时间, in the platform's one date style; a document published with a
// 施行日期 still ahead is shown as 已公布、尚未施行 — not 现行有效 — in the console and on the portal.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { consoleLink, normativeMenu, participationMenu } from '@fazhi/core/modules';
import { NOT_YET_EFFECTIVE_TITLE } from './fixtures';
import { baseUrl, launch, office, requireEndpoints, screenshot, signInAs } from './support';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(() => browser.close());

/** An instant as the platform shows it: 2026年12月7日 03:46 in 北京时间 (computed here independently of the web). */
function inZone(iso: string, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}年${parts.month}月${parts.day}日 ${parts.hour}:${parts.minute}`;
}

async function newYorkPage() {
  const context = await browser.newContext({ viewport: office, locale: 'zh-CN', timezoneId: 'America/New_York' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

test('a comment is shown in 北京时间 to an officer whose browser is in New York', async (t) => {
  await requireEndpoints(t, ['/api/public/normative-consultations', '/api/consultation-comments']);
  const { context, page } = await newYorkPage();
  const open = await (await context.request.get(`${baseUrl}/api/public/normative-consultations`)).json();
  const consultation = (open as { items: { id: string }[] }).items[0];
  assert.ok(consultation, 'the demo region has a consultation open');
  const text = `请明确过渡期的起算日期（时区核对${Date.now() % 100000}）。`;
  const sent = await context.request.post(`${baseUrl}/api/public/normative-consultations/${consultation.id}/comments`, {
    data: { body: text, name: '示范·市民丁（演示）' },
  });
  assert.equal(sent.status(), 201, await sent.text());
  const commentId = ((await sent.json()) as { id: string }).id;

  await signInAs(page, 'demo.legal', consoleLink(participationMenu, 'consultation-comments'));
  await page.getByRole('menu').getByRole('link', { name: '公众意见处理' }).waitFor();
  const row = page.getByTestId('desk-comments').locator('tr').filter({ hasText: text });
  await row.waitFor();
  const pending = await (await page.request.get(`${baseUrl}/api/consultation-comments?pageSize=100`)).json();
  const mine = (pending as { items: { id: string; submittedAt: string }[] }).items.find((c) => c.id === commentId);
  assert.ok(mine, 'the comment awaits moderation');
  const beijing = inZone(mine.submittedAt, 'Asia/Shanghai');
  const newYork = inZone(mine.submittedAt, 'America/New_York');
  const shown = await row.innerText();
  assert.ok(shown.includes(beijing), `the queue shows ${beijing} (北京时间), not the browser's zone: ${shown}`);
  assert.ok(!shown.includes(newYork), `the New York time ${newYork} is not shown`);
  await screenshot(page, 'comment-queue-beijing-time');
  await context.close();
});

test('a document whose 施行日期 is ahead is 已公布、尚未施行 in the console and on the portal', async () => {
  const { context, page } = await newYorkPage();
  // the justice bureau's reviewer sees every unit's documents of the region
  await signInAs(page, 'demo.reviewer', consoleLink(normativeMenu, 'normative-documents'));
  await page.getByRole('menu').getByRole('link', { name: '行政规范性文件' }).first().waitFor();
  await page.getByPlaceholder('全文检索：标题、文号、正文').fill(NOT_YET_EFFECTIVE_TITLE);
  await page.getByPlaceholder('全文检索：标题、文号、正文').press('Enter');
  const listed = await (
    await page.request.get(`${baseUrl}/api/normative-documents?status=not_yet_effective&pageSize=100`)
  ).json();
  const titles = (listed as { items: { title: string }[] }).items.map((d) => d.title);
  assert.ok(titles.includes(NOT_YET_EFFECTIVE_TITLE), `listed as 已公布、尚未施行: ${titles.join('、')}`);
  const row = page.locator('tr').filter({ hasText: NOT_YET_EFFECTIVE_TITLE }).first();
  await row.waitFor().catch(async (e: unknown) => {
    await screenshot(page, 'console-not-yet-effective-failed');
    throw e;
  });
  await row.getByTestId('document-status').filter({ hasText: '已公布、尚未施行' }).waitFor();
  // dates in the one display style (年月日), never ISO
  assert.match(await row.innerText(), /\d{4}年\d{1,2}月\d{1,2}日/);
  assert.doesNotMatch(await row.innerText(), /\d{4}-\d{2}-\d{2}/);
  await screenshot(page, 'console-not-yet-effective');

  await page.goto(`${baseUrl}/normative-documents?validity=not_yet_effective`);
  const item = page.locator('.ant-list-item').filter({ hasText: NOT_YET_EFFECTIVE_TITLE });
  await item.getByText('已公布、尚未施行', { exact: true }).waitFor();
  await item.getByRole('link', { name: NOT_YET_EFFECTIVE_TITLE }).click();
  await page.getByText(/本文件已公布，自\d{4}年\d{1,2}月\d{1,2}日起施行/).waitFor();
  assert.equal(await page.getByText('现行有效', { exact: true }).count(), 0, 'never 现行有效 before the day');
  await screenshot(page, 'portal-not-yet-effective');
  await context.close();
});
