// Story: the justice bureau imports an enforcement roster from Excel; a first workbook with a bad row is refused
// with the row's problem and nothing written, the corrected one is imported whole, and the bureau then sees the
// new officers among those who fall short of the year's 60 training hours (纲要 §(34)), and again in the
// statistics' completion rate, with the bodies under the legal reviewers' ratio.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { consoleLink, enforcementMenu } from '@fazhi/core/modules';
import { idNumberCheckChar } from '@fazhi/core/identifiers';
import { launch, newPage, requireEndpoints, screenshot, signInAs } from './support';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
let browser: Browser;
before(async () => {
  browser = await launch();
});
after(() => browser.close());

const idNumber = (n: number) => {
  const first17 = `15990119900301${String(100 + n)}`;
  return first17 + idNumberCheckChar(first17)!;
};

async function roster(badRow: boolean): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('执法人员名册');
  ws.addRow(['单位名称', '姓名', '身份证号码', '人员类别', '证件号', '执法类别', '执法区域', '发证日期', '资格考试']);
  ws.addRow([
    '示范区市场监督管理局',
    '旅程新员甲',
    idNumber(1),
    '行政执法人员',
    'JRN-0001',
    '市场监管',
    '示范区',
    '2026-01-05',
    '考试合格',
  ]);
  ws.addRow([
    '示范区生态环境分局',
    '旅程新员乙',
    idNumber(2),
    '行政执法人员',
    'JRN-0002',
    '生态环境',
    '示范区',
    '2026-01-05',
    '考试合格',
  ]);
  if (badRow) ws.addRow(['示范区生态环境分局', '旅程新员丙', idNumber(3), '执法辅助人员', 'JRN-0003', '', '', '', '']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('the justice bureau imports a roster, all or nothing, and sees who falls short of training', async (t) => {
  await requireEndpoints(t, ['/api/enforcement-officers/import', '/api/enforcement-training/shortfall']);
  const { page, context } = await newPage(browser);
  await signInAs(page, 'demo.reviewer', consoleLink(enforcementMenu, 'enforcement-officers'));
  await page.getByRole('button', { name: '导入执法人员名册' }).click();
  const dialog = page.getByRole('dialog').filter({ hasText: '从 Excel 导入执法人员名册' });
  const file = dialog.locator('input[type=file]');
  await file.setInputFiles({ name: '名册.xlsx', mimeType: XLSX, buffer: await roster(true) });
  await dialog.getByText('导入未执行').waitFor();
  await dialog.getByText('执法辅助人员不持有执法证件，不能登记证件号').waitFor();
  await file.setInputFiles({ name: '名册.xlsx', mimeType: XLSX, buffer: await roster(false) });
  await dialog.getByText('导入完成：2个执法主体的2名人员').waitFor();
  await screenshot(page, 'enforcement-roster-imported');
  await page.keyboard.press('Escape');

  await page.getByRole('tab', { name: '培训学时不足' }).click();
  const row = page.locator('.ant-tabs-tabpane-active .ant-table-row').filter({ hasText: '旅程新员甲' });
  await row.waitFor();
  assert.match(await row.innerText(), /示范区市场监督管理局[\s\S]*JRN-0001[\s\S]*60/);
  await page.getByText(/名培训学时不足60学时/).waitFor();
  await screenshot(page, 'enforcement-training-shortfall');

  // the statistics count the same officers: the completion rate opens its records, with its basis
  await page.getByRole('menu').getByRole('link', { name: '执法主体与人员统计' }).click();
  const rate = page.getByRole('button', { name: /^培训学时达标率：/ });
  await rate.waitFor();
  await page
    .locator('.ant-table-row')
    .filter({ hasText: '示范区公安分局' })
    .getByText(/低于比例/)
    .waitFor();
  await rate.click();
  const drawer = page.getByRole('dialog');
  await drawer.locator('.ant-table-row').first().waitFor();
  assert.match(await drawer.innerText(), /每人每年接受不少于60学时/, 'the figure’s basis beside its records');
  await screenshot(page, 'enforcement-statistics-records');
  await context.close();
});
