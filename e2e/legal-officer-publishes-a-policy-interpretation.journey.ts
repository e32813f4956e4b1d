// Story: the drafting unit's legal officer publishes the 政策解读 of a document in force (国办发〔2018〕37号: 政策解读
// 与文件同步起草、同步审签、同步发布) from the document's page; a citizen opening the document on the portal reads the
// 解读 next to the official text, paragraph by paragraph.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { baseUrl, clickButton, launch, newPage, requireEndpoints, screenshot, signInAs } from './support';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(() => browser.close());

test('a legal officer publishes a 政策解读 and a citizen reads it on the portal', async (t) => {
  if (!(await requireEndpoints(t, ['/api/normative-documents/{id}/interpretation']))) return;
  const { page, context } = await newPage(browser);
  // signed in without a page: the document is looked up through the API, then its page is the first one loaded
  await signInAs(page, 'demo.legal', null);
  const list = await context.request.get(`${baseUrl}/api/normative-documents?status=published&pageSize=50`);
  assert.equal(list.status(), 200, await list.text());
  const items = ((await list.json()) as { items: { id: string; title: string }[] }).items;
  const doc = items.find((d) => !d.title.includes('电动自行车')) ?? items[0];
  assert.ok(doc, 'the demo unit has a published document');
  const detail = (await (await context.request.get(`${baseUrl}/api/normative-documents/${doc.id}`)).json()) as {
    interpretation: unknown;
  };
  const title = `《${doc.title}》政策解读（${Date.now() % 100000}）`;
  const paragraphs = ['一、制定背景：为规范相关管理活动，制定本文件。', '二、主要内容：明确各方责任和办理程序。'];

  await page.goto(`${baseUrl}/console/normative-documents/${doc.id}`);
  await page.getByRole('tab', { name: '政策解读' }).click();
  const section = page.getByTestId('interpretation-section');
  await clickButton(section, detail.interpretation ? '更新政策解读' : '发布政策解读');
  const dialog = page.getByRole('dialog').filter({ hasText: '政策解读' });
  await dialog.waitFor();
  await dialog.getByLabel('解读标题').fill(title);
  await dialog.getByLabel('解读正文').fill(paragraphs.join('\n\n'));
  await clickButton(dialog, '确认');
  await section.getByTestId('interpretation-title').filter({ hasText: title }).waitFor();
  assert.deepEqual(await section.getByTestId('interpretation-body').locator('p').allInnerTexts(), paragraphs);
  // the unit may replace it: the button now says so
  await section.getByRole('button', { name: /更\s*新政策解读/ }).waitFor();
  await screenshot(page, 'normative-interpretation-console');
  await context.close();

  // a citizen, not signed in, opens the document on the portal
  const citizen = await newPage(browser);
  await citizen.page.goto(`${baseUrl}/normative-documents/${doc.id}`);
  const card = citizen.page.getByTestId('portal-interpretation');
  await card.getByText(title).waitFor();
  assert.deepEqual(await card.getByTestId('interpretation-body').locator('p').allInnerTexts(), paragraphs);
  // next to the official text of the same document
  await citizen.page.getByRole('heading', { level: 1, name: doc.title }).waitFor();
  await screenshot(citizen.page, 'normative-interpretation-portal');
  await citizen.context.close();
});
