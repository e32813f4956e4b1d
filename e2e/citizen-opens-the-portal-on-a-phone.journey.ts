// Story: a citizen opens the portal on a phone: it speaks in the region's name, names its sponsor, and the search
// box answers in Chinese.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, newPage, phone, screenshot } from './support';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(() => browser.close());

test('the portal opens on a phone in the region name with its sponsor, and search answers', async () => {
  const { page, context } = await newPage(browser, phone);
  await page.goto(`${baseUrl}/`);
  await page.getByText('示范区法治政府建设').waitFor();
  await page.getByText('主办单位：示范区人民政府').waitFor();
  await page.getByText('承办单位：示范区司法局').waitFor();
  const width = Number(await page.evaluate('document.documentElement.scrollWidth'));
  assert.ok(width <= phone.width, `no horizontal scrolling on a phone (page is ${width}px wide)`);
  await page
    .getByRole('link', { name: /期限计算器/ })
    .first()
    .waitFor();
  await page.getByLabel('站内搜索').fill('不存在的关键词');
  await page.getByLabel('站内搜索').press('Enter');
  await page.getByText('没有找到与「不存在的关键词」相关的公开内容').waitFor();
  await page.goto(`${baseUrl}/`);
  await page.getByText('示范区法治政府建设').waitFor();
  await screenshot(page, 'portal-home-phone');
  await context.close();
});
