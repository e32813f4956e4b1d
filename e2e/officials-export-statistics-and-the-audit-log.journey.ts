// Story: a government leader exports the normative-document statistics to Excel — every figure and a table with
// one row per drafting unit — and the 安全审计员 exports the audit log with the filters applied on the page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { consoleLink, normativeMenu } from '@fazhi/core/modules';
import type { Browser, Page } from 'playwright-core';
import { filterAuditLog, launch, newPage, requireEndpoints, signInAs } from './support';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(() => browser.close());

/** Clicks the link, waits for the download and reads the workbook. */
async function download(page: Page, name: RegExp) {
  const started = page.waitForEvent('download');
  await page.getByRole('link', { name }).click();
  const file = await started;
  const path = await file.path();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
  return { wb, fileName: file.suggestedFilename() };
}

const column = (ws: ExcelJS.Worksheet | undefined, n: number) => {
  const out: string[] = [];
  ws?.eachRow((r) => out.push(String(r.getCell(n).value ?? '')));
  return out;
};

test('the leader exports the statistics with a row per drafting unit', async (t) => {
  if (!(await requireEndpoints(t, ['/api/normative-statistics/export.xlsx']))) return;
  const { page, context } = await newPage(browser);
  await signInAs(page, 'demo.leader', consoleLink(normativeMenu, 'normative-statistics'));
  await page.getByRole('menu').getByRole('link', { name: '规范性文件统计' }).waitFor();
  await page.getByText('统计范围：').waitFor();
  const { wb, fileName } = await download(page, /导出Excel/);
  assert.match(fileName, /^规范性文件统计（示范区.*）\.xlsx$/);
  const figures = column(wb.getWorksheet('统计数字'), 2);
  assert.ok(figures.includes('起草件数'), figures.join(','));
  const units = column(wb.getWorksheet('分单位统计'), 1).slice(3);
  assert.ok(units.length >= 2, `a row per drafting unit: ${units.join(',')}`);
  assert.ok(units.includes('示范区市场监督管理局'), units.join(','));
  await context.close();
});

test('the auditor exports the audit log with the filters applied', async (t) => {
  if (!(await requireEndpoints(t, ['/api/audit/events/export.xlsx']))) return;
  const { page, context } = await newPage(browser);
  await signInAs(page, 'demo.auditor');
  await filterAuditLog(page, '新增用户', 'user.created');
  await page.locator('.ant-table-row').first().waitFor();
  const { wb, fileName } = await download(page, /导出Excel/);
  assert.match(fileName, /^审计日志（\d{4}-\d{2}-\d{2}）\.xlsx$/);
  const ws = wb.getWorksheet('审计日志');
  const events = column(ws, 4);
  assert.equal(events[0], '事件');
  assert.ok(events.length > 1);
  assert.ok(
    events.slice(1).every((e) => e === '新增用户'),
    `only the filtered kind of event: ${[...new Set(events)].join(',')}`,
  );
  await context.close();
});
