// Story: a citizen on a phone uses the portal's 期限计算器: picks the statutory period for a government information
// disclosure reply, enters the day the request was received, and reads the due date with its explanation.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { baseUrl, fillDate, launch, newPage, office, phone, requireEndpoints, screenshot } from './support';

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
  await fillDate(page.getByLabel('起算日'), '2026-12-01');
  await page.getByRole('button', { name: '计算截止日' }).click();
  const result = page.getByTestId('deadline-result');
  await result.waitFor();
  assert.match(await result.innerText(), /截止日：\d{4}年\d{1,2}月\d{1,2}日/);
  assert.doesNotMatch(await result.innerText(), /\d{4}-\d{2}-\d{2}/, 'no ISO dates on screen');
  assert.match(await result.innerText(), /计算过程/);
  const width = Number(await page.evaluate('document.documentElement.scrollWidth'));
  assert.ok(width <= phone.width, `no horizontal scrolling (page is ${width}px wide)`);
  await result.scrollIntoViewIfNeeded();
  await screenshot(page, 'deadline-calculator-phone');
  await context.close();
});

test('on a browser set to English the date field still reads 年月日, never mm/dd/yyyy', async (t) => {
  if (!(await requireEndpoints(t, ['/api/public/deadline-rules', '/api/public/deadline']))) return;
  const { page, context } = await newPage(browser, office, 'en-US');
  assert.equal(await page.evaluate('navigator.language'), 'en-US');
  await page.goto(`${baseUrl}/`);
  await page
    .getByRole('link', { name: /期限计算器/ })
    .first()
    .click();
  const from = page.getByLabel('起算日');
  await from.waitFor();
  assert.equal(
    await page.locator('input[type="date"]').count(),
    0,
    'no native date input, whose format follows the browser',
  );
  await fillDate(from, '2026-12-01');
  assert.match(await from.inputValue(), /^2026年12月1日$/);
  const placeholders = String(
    await page.evaluate("[...document.querySelectorAll('input')].map((i) => i.placeholder).join(' ')"),
  );
  const texts = `${await page.locator('body').innerText()} ${placeholders}`;
  assert.doesNotMatch(texts, /mm\/dd\/yyyy/i);
  await context.close();
});
