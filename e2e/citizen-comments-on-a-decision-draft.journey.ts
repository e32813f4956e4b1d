// Story: a citizen comments on the portal on a major decision's draft. The citizen opens 意见征集, narrows it to
// 重大行政决策, opens the demo draft of the district government out for comment (示范区城区停车泊位设置和收费管理方案)
// and comments on it; the government office's legal officer (demo.office) finds the comment on the shared
// 公众意见处理 desk, approves it and answers it (部分采纳, with the reason); the citizen reloads the draft and reads the
// answer under the comment, without the commenter's name.
import { randomInt } from 'node:crypto';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { consoleLink, participationMenu } from '@fazhi/core/modules';
import { baseUrl, buttonName, launch, newPage, requireEndpoints, screenshot, signInAs } from './support';

const TITLE = '示范区城区停车泊位设置和收费管理方案';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(() => browser.close());

test('a citizen comments on a decision draft, the office answers it on the desk, the citizen reads the answer', async (t) => {
  const needed = ['/api/public/consultations', '/api/consultation-comments/{commentId}/answer'];
  if (!(await requireEndpoints(t, needed))) return;
  const text = `建议在医院周边设置短时停车泊位，并公示各时段收费标准（${randomInt(100_000)}）。`;
  const reason = '医院周边短时泊位将在实施细则中统筹设置，收费标准按时段公示。';

  // the citizen: 意见征集 → 重大行政决策 → the draft → a comment
  const citizen = await newPage(browser);
  const page = citizen.page;
  await page.goto(`${baseUrl}/`);
  await page.getByRole('navigation', { name: '栏目导航' }).getByRole('link', { name: '意见征集' }).click();
  await page
    .getByRole('link', { name: /宠物经营场所管理规定/ })
    .first()
    .waitFor();
  await page.locator('.fz-pp-kinds').getByText('重大行政决策').click();
  const entry = page.getByRole('link', { name: TITLE }).first();
  await entry.waitFor();
  await page.getByRole('link', { name: /宠物经营场所管理规定/ }).waitFor({ state: 'detached' });
  await page.getByText('起草单位：示范区人民政府').first().waitFor();
  await screenshot(page, 'consultations-decisions');
  await entry.click();
  await page.getByRole('heading', { name: TITLE }).waitFor();
  await page.getByText('重大行政决策', { exact: true }).waitFor();
  await page.getByRole('button', { name: '对决策草案提出意见' }).click();
  const form = page.getByRole('form', { name: '对决策草案提出意见' });
  await form.getByLabel('意见内容').fill(text);
  await form.getByLabel('姓名或单位名称').fill('示范·市民丁（演示）');
  await form.getByRole('button', { name: buttonName('提交意见') }).click();
  await page.getByText('意见已提交，等待审核').waitFor();
  await screenshot(page, 'decision-comment-sent');

  // the government office: the shared desk, the comment pending first; approve, then answer
  const staff = await newPage(browser);
  await signInAs(staff.page, 'demo.office', consoleLink(participationMenu, 'consultation-comments'));
  await staff.page.getByRole('menu').getByRole('link', { name: '公众意见处理' }).waitFor();
  const row = staff.page.locator('.ant-table-row').filter({ hasText: text });
  await row.waitFor();
  assert.match(await row.innerText(), /重大行政决策[\s\S]*示范区城区停车泊位设置和收费管理方案[\s\S]*待审核/);
  await row.getByRole('button', { name: buttonName('通过') }).click();
  const dialog = staff.page.getByRole('dialog').filter({ hasText: '审核通过该意见' });
  await dialog.getByRole('button', { name: buttonName('确定') }).click();
  await row.getByText('待答复').waitFor();
  await row.locator('.ant-select').click();
  await staff.page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="部分采纳"]').click();
  await row.getByLabel('理由').fill(reason);
  const answered = staff.page.waitForResponse((r) => r.url().endsWith('/answer') && r.request().method() === 'POST');
  await row.getByRole('button', { name: buttonName('答复') }).click();
  assert.equal((await answered).status(), 200);
  await row.waitFor({ state: 'detached' });
  await screenshot(staff.page, 'decision-comment-answered-desk');
  await staff.context.close();

  // the citizen: the answer under the comment, the commenter not named
  await page.reload();
  const part = page.getByRole('region', { name: '决策草案' });
  await part.getByText(/公众意见（1条）及采纳情况/).click();
  await part.getByText(`起草单位答复：${reason}`).waitFor();
  assert.equal(await part.locator('.fz-pp-comment-body').innerText(), text);
  assert.equal((await part.innerText()).includes('示范·市民丁'), false, 'the commenter is not named');
  await screenshot(page, 'decision-comment-answer-public');
  await citizen.context.close();
});
