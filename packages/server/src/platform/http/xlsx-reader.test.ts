// The streaming reader reads Chinese text whole: exceljs 4.4's own streaming parser decoded each chunk alone and
// turned a character split between two chunks into U+FFFD (xlsx-reader.ts says how it is mended).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { streamSheetRows } from './xlsx-reader';

test('a large sheet of Chinese text is read back cell for cell, in order', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('清单');
  const text = (i: number) => `《建设工程质量管理条例》第${i}条：对未取得施工许可证擅自施工的处罚（第${i}项）`;
  for (let i = 1; i <= 3000; i++) ws.addRow([`B-${i}`, text(i), i % 3 === 0 ? '' : '立案责任；调查责任']);
  const file = Buffer.from(await wb.xlsx.writeBuffer());
  let n = 0;
  for await (const { row, cells } of streamSheetRows(file)) {
    n++;
    assert.equal(row, n);
    assert.equal(cells[1], text(n));
    assert.equal(cells[2] ?? '', n % 3 === 0 ? '' : '立案责任；调查责任');
  }
  assert.equal(n, 3000);
});
