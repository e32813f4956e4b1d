// Story: a citizen on a phone uses the portal's 期限计算器: picks the statutory period for a government information
// disclosure reply, enters the day the request was received, and reads the due date with its explanation.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, newPage, phone, requireEndpoints, screenshot } from './support';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(() => browser.close());

test('a citizen computes a statutory deadline with its explanation on a phone', async (t) => {
  if (!(await requireEndpoints(t, ['/api/public/deadline-rules', '/api/public/deadline']))) return;
  const { page, context } = await newPage(browser, phone);
  await page.goto(`${baseUrl}/`);
  await page
    .getByRole('link', { name: /期限计算器/ })
    .first()
    .click();
  const rule = page.getByRole('combobox', { name: '法定期限' });
  await rule.click();
  await rule.fill('信息公开');
  await page.locator('.ant-select-item-option').first().click();
  await page.getByLabel('起算日').fill('2026-12-01');
  await page.getByRole('button', { name: '计算截止日' }).click();
  const result = page.getByTestId('deadline-result');
  await result.waitFor();
  assert.match(await result.innerText(), /截止日：\d{4}-\d{2}-\d{2}/);
  assert.match(await result.innerText(), /计算过程/);
  const width = Number(await page.evaluate('document.documentElement.scrollWidth'));
  assert.ok(width <= phone.width, `no horizontal scrolling (page is ${width}px wide)`);
  await result.scrollIntoViewIfNeeded();
  await screenshot(page, 'deadline-calculator-phone');
  await context.close();
});
