// Story: the justice bureau opens the major-decision statistics for the last two years of the demo region, reads the
// 合法性审查率 (which must be 100%), follows 报送备案 to the decisions it counts — as many as the figure says, each
// linking to its decision — and exports the figures with the decisions behind each.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { consoleLink, decisionsMenu } from '@fazhi/core/modules';
import { launch, newPage, requireEndpoints, screenshot, signInAs } from './support';
import { clockFromEnv } from '../packages/server/src/platform/clock';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(() => browser.close());

test('the justice bureau follows a decision figure to its decisions and exports them', async (t) => {
  if (!(await requireEndpoints(t, ['/api/decision-statistics', '/api/decision-statistics/records']))) return;
  const { page, context } = await newPage(browser);
  await signInAs(page, 'demo.reviewer', consoleLink(decisionsMenu, 'decision-statistics'));
  await page.getByRole('menu').getByRole('link', { name: '重大行政决策统计' }).waitFor();
  await page.getByText('统计范围：').waitFor();
  await page.getByRole('button', { name: '上年度' }).click();
  const year = Number(clockFromEnv().today().slice(0, 4)) - 1;
  await page.getByText(`统计期间：${year}年1月1日至${year}年12月31日`).waitFor();
  const rate = page.getByRole('button', { name: /^合法性审查率：/ });
  assert.match(
    (await rate.getAttribute('aria-label')) ?? '',
    /：(100\.0%|—)，查看明细$/,
    'reviewed before every meeting',
  );
  const filed = page.getByRole('button', { name: /^报送备案：/ });
  const count = Number(/：(\d+)件/.exec((await filed.getAttribute('aria-label')) ?? '')?.[1] ?? NaN);
  assert.ok(count >= 1, 'last year the demo government filed decisions');
  await filed.click();
  const drawer = page.getByRole('dialog');
  const links = drawer.locator('tbody a[href^="/console/decisions/"]');
  await links.first().waitFor();
  assert.equal(await links.count(), Math.min(count, 20), 'one row per decision filed');
  await screenshot(page, 'decision-statistics-records');
  await page.keyboard.press('Escape');
  await drawer.waitFor({ state: 'hidden' });

  const started = page.waitForEvent('download');
  await page.getByRole('link', { name: /导出Excel/ }).click();
  const file = await started;
  assert.match(file.suggestedFilename(), /^重大行政决策统计（示范区.*）\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(await file.path())) as unknown as ArrayBuffer);
  const rows: string[][] = [];
  wb.worksheets[0]?.eachRow((r) => rows.push([1, 2, 3].map((n) => String(r.getCell(n).value ?? ''))));
  assert.ok(
    rows.some((r) => r[1] === '报送备案' && r[2] === `${count}件`),
    'the figure as on the page',
  );
  assert.equal(rows.filter((r) => r[0] === '报送备案' && r[1] !== '决策或事项').length, count, 'its decisions listed');
  await context.close();
});
