// Story: the justice bureau reads this month's 行政应诉 figures — 败诉率 and 负责人出庭应诉率 with their definitions
// beside them — and downloads the month's notice (月通报, seed 002 task 18) as a 公文.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { consoleLink, litigationMenu } from '@fazhi/core/modules';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, newPage, screenshot, signInAs } from './support';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(() => browser.close());

test('the justice bureau reads this month’s litigation notice and figures', async () => {
  const { page, context } = await newPage(browser);
  await signInAs(page, 'demo.reviewer', consoleLink(litigationMenu, 'litigation-statistics'));
  await page.getByText('负责人出庭应诉率').first().waitFor();
  await page
    .getByTestId('definition-lost_rate')
    .getByText(/败诉指人民法院作出/)
    .waitFor();
  const { today } = (await (await page.request.get(`${baseUrl}/api/auth/session`)).json()) as { today: string };
  const thisMonth = `${Number(today.slice(0, 4))}年${Number(today.slice(5, 7))}月`;
  // the select itself: its shown value lies over the search input
  await page.locator('.ant-select', { has: page.getByRole('combobox', { name: '通报月份' }) }).click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${thisMonth}"]`).click();
  const href = await page.getByRole('link', { name: '下载月通报（DOCX）' }).getAttribute('href');
  assert.ok(href?.includes(`noticeMonth=${today.slice(0, 7)}`), href ?? '');
  const file = await page.request.get(`${baseUrl}${href}`);
  assert.equal(file.status(), 200, await file.text());
  assert.match(file.headers()['content-disposition'] ?? '', /docx/);
  assert.equal((await file.body()).subarray(0, 2).toString(), 'PK');
  await screenshot(page, 'litigation-monthly-notice');
  await context.close();
});
