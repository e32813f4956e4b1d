// Story: the 市场监督管理局's legal officer imports two 存量文件 from Excel; the 安全审计员 then finds each imported
// document in the audit log, one event a document, and opening one sees its place in the chain: the import's events
// form a sub-chain sealed by one event of the region's chain (platform/audit/batch.ts), which the log also shows.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import {
  baseUrl,
  demoPassword,
  filterAuditLog,
  launch,
  newPage,
  requireEndpoints,
  screenshot,
  signedInApi,
  signInAs,
} from './support';
import { clockFromEnv } from '../packages/server/src/platform/clock';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
let browser: Browser;
before(async () => {
  browser = await launch();
});
after(() => browser.close());

/** A day `days` from the server's today (the journeys run on the same pinned clock), as YYYY-MM-DD. */
const dayFromToday = (days: number) =>
  new Date(Date.parse(`${clockFromEnv().today()}T00:00:00Z`) + days * 86400_000).toISOString().slice(0, 10);

async function catalogueWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('规范性文件');
  ws.addRow(['标题', '文号', '发文机关', '类型', '发布日期', '施行日期', '制定依据', '正文']);
  for (const n of [11, 12])
    ws.addRow([
      `示范区市场监督管理局存量管理办法（审计旅程）第${n}号`,
      `示市监存〔2017〕${n}号`,
      '示范区市场监督管理局',
      '一般',
      dayFromToday(-200),
      dayFromToday(-170),
      '《中华人民共和国行政许可法》',
      '第一条 为了规范管理，制定本办法。\n第二条 本办法适用于本区。',
    ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('the auditor reads each imported document’s event and its place in the import’s sub-chain', async (t) => {
  await requireEndpoints(t, ['/api/normative-documents/import', '/api/audit/events/{regionCode}/{seq}']);
  // the legal officer's import is built through the API: no page is opened for it
  const legal = await signedInApi('demo.legal', demoPassword);
  const imported = await legal.context.post(`${baseUrl}/api/normative-documents/import`, {
    data: await catalogueWorkbook(),
    headers: { 'content-type': XLSX, 'x-csrf-token': legal.csrfToken },
  });
  assert.equal(imported.status(), 201, await imported.text());
  assert.equal(((await imported.json()) as { imported: number }).imported, 2);
  await legal.context.dispose();

  const { page, context } = await newPage(browser);
  await signInAs(page, 'demo.auditor');
  await filterAuditLog(page, '导入存量规范性文件', 'normative_document.imported');
  const rows = page.locator('.ant-table-row').filter({ hasText: '审计旅程' });
  await rows.first().waitFor();
  assert.equal(await rows.count(), 2, 'one event a document, each listed');
  await rows.first().click();
  const drawer = page.getByRole('dialog').filter({ hasText: '审计事件详情' });
  await drawer.getByText(/行政规范性文件：示范区市场监督管理局存量管理办法（审计旅程）第1[12]号/).waitFor();
  await drawer.getByText(/区划 159901 第 \d+ 号事件封存的批量写入子链第 2 条/).waitFor();
  await screenshot(page, 'auditor-imported-document-in-sub-chain');
  await context.close();
});
