// Story: the drafting unit's legal officer opens a published document and prints it in 公文 layout (GB/T 9704):
// the red 发文机关标志, the 文号 under it, the title, the articles in order, 发文机关署名 and 成文日期 — on an A4 page
// without the console's header and menu.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, newPage, requireEndpoints, screenshot, signInAs } from './support';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(() => browser.close());

test('a published document prints in 公文 layout', async (t) => {
  if (!(await requireEndpoints(t, ['/api/normative-documents/{id}/print-view']))) return;
  const { page, context } = await newPage(browser);
  // signed in without a page: the document is looked up through the API, then its page is the first one loaded
  await signInAs(page, 'demo.legal', null);
  const list = await context.request.get(`${baseUrl}/api/normative-documents?status=published&pageSize=50`);
  assert.equal(list.status(), 200, await list.text());
  const doc = ((await list.json()) as { items: { id: string; title: string; docNumber: string; issuerName: string }[] })
    .items[0];
  assert.ok(doc, 'the demo unit has a published document');
  await page.goto(`${baseUrl}/console/normative-documents/${doc.id}`);
  await page.getByRole('button', { name: '公文版式打印' }).click();
  const sheet = page.getByRole('article', { name: '公文版式' });
  await sheet.waitFor();
  const issuer = sheet.locator('.fz-gw-issuer');
  assert.equal(await issuer.innerText(), `${doc.issuerName}文件`);
  const style = (selector: string, prop: string) =>
    page.evaluate(`getComputedStyle(document.querySelector('${selector}')).${prop}`) as Promise<string>;
  assert.equal(await style('.fz-gw-issuer', 'color'), 'rgb(192, 0, 0)', '发文机关标志 in red');
  assert.equal(await sheet.locator('.fz-gw-number').innerText(), doc.docNumber);
  assert.equal(await sheet.getByRole('heading', { level: 1 }).innerText(), doc.title);
  const leads = await sheet.locator('.fz-gw-lead').allInnerTexts();
  assert.match(leads[0] ?? '', /^第一条/);
  if (leads.length > 1) assert.match(leads[1] ?? '', /^第二条/);
  const signature = await sheet.locator('.fz-gw-signature').innerText();
  assert.match(signature, new RegExp(`${doc.issuerName}\\s+\\d{4}年\\d{1,2}月\\d{1,2}日`));
  assert.match(await style('.fz-gw-p', 'fontSize'), /^21\.3/, '正文 三号 (16 pt = 21.3 px)');
  await screenshot(page, 'normative-print-view');
  // printed: A4 (794 px at 96 dpi) without the console's header and menu
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.fz-header').isVisible(), false);
  assert.equal(await page.getByRole('button', { name: '打印' }).isVisible(), false);
  const width = Number(await page.evaluate(`document.querySelector('.fz-gw-page').getBoundingClientRect().width`));
  assert.ok(Math.abs(width - 793.7) < 2, `A4 width (${width}px)`);
  await screenshot(page, 'normative-print-view');
  await context.close();
});
