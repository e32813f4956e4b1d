// Story: stopped by an inspector, a citizen checks the certificate on a phone: the portal's 执法证件查询 shows the
// holder's name, unit, category, area and status (内蒙古令第244号第八条) and nothing more; a wrong number is told so.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, newPage, phone, requireEndpoints, screenshot } from './support';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(() => browser.close());

test('a citizen checks an officer’s certificate by its number on a phone', async (t) => {
  await requireEndpoints(t, ['/api/public/enforcement/certificates/{number}']);
  const { page, context } = await newPage(browser, phone);
  await page.goto(`${baseUrl}/`);
  await page
    .getByRole('link', { name: /执法证件查询/ })
    .first()
    .click();
  const search = page.getByRole('searchbox', { name: '执法证件号' });
  await search.fill('NOPE-0000');
  await search.press('Enter');
  await page.getByText('未查询到证件号为「NOPE-0000」的执法证件').waitFor();
  // the demo's first officer of the 市场监督管理局 (demo/seed-demo.ts numbers them 1599010 and a serial)
  await search.fill('15990100001');
  await search.press('Enter');
  const card = page.locator('.ant-descriptions');
  await card.getByText('示范区市场监督管理局').waitFor();
  const text = await card.innerText();
  assert.match(
    text,
    /行政执法证[\s\S]*姓名[\s\S]*所在单位[\s\S]*执法类别[\s\S]*市场监管[\s\S]*执法区域[\s\S]*证件状态[\s\S]*有效/,
  );
  assert.doesNotMatch(text, /身份证|\d{17}[\dX]/, 'no ID number nor other personal data');
  const width = Number(await page.evaluate('document.documentElement.scrollWidth'));
  assert.ok(width <= phone.width, `no horizontal scrolling (page is ${width}px wide)`);
  await screenshot(page, 'enforcement-certificate-check-phone');
  await context.close();
});
