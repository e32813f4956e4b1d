// The streamed workbook reads back in Excel's terms (issue 12 item 2): every value of every kind in its cell, dates
// as dates in the column's format, the header bold and frozen, the widths, the sheet's Chinese name; text that XML
// cannot hold does not break the file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { columnLetters, writeWorkbook } from './xlsx-writer';

async function workbookOf(columns: { header: string; width: number; numFmt?: string }[], rows: unknown[][]) {
  const chunks: Buffer[] = [];
  await writeWorkbook(
    async (c) => void chunks.push(c),
    { name: '规范性文件目录', columns },
    async (add) => {
      for (const r of rows) await add(r);
    },
  );
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  return wb;
}

test('each kind of value reads back in its cell; dates carry the column format; header bold and frozen', async () => {
  const day = new Date('2026-03-01T00:00:00Z');
  const wb = await workbookOf(
    [
      { header: '序号', width: 6 },
      { header: '标题', width: 40 },
      { header: '发布日期', width: 14, numFmt: 'yyyy"年"m"月"d"日"' },
      { header: '演示数据', width: 8 },
      { header: '备注', width: 20 },
    ],
    [
      [1, '关于<规范>行政规范性文件管理的“通知”&附件', day, true, null],
      [2.5, ' 前后有空格 ', null, false, '控制\u0007字符与𠮷字'],
    ],
  );
  const ws = wb.getWorksheet('规范性文件目录');
  assert.ok(ws);
  assert.deepEqual((ws.getRow(1).values as unknown[]).slice(1), ['序号', '标题', '发布日期', '演示数据', '备注']);
  assert.equal(ws.getRow(1).getCell(1).font?.bold, true);
  assert.equal(ws.views[0]?.state, 'frozen');
  assert.equal((ws.views[0] as { ySplit?: number }).ySplit, 1);
  assert.deepEqual(
    ws.columns.map((c) => c.width),
    [6, 40, 14, 8, 20],
  );
  const first = ws.getRow(2);
  assert.equal(first.getCell(1).value, 1);
  assert.equal(first.getCell(2).value, '关于<规范>行政规范性文件管理的“通知”&附件');
  assert.deepEqual(first.getCell(3).value, day);
  assert.equal(first.getCell(3).numFmt, 'yyyy"年"m"月"d"日"');
  assert.equal(first.getCell(4).value, true);
  assert.equal(first.getCell(5).value, null);
  const second = ws.getRow(3);
  assert.equal(second.getCell(1).value, 2.5);
  assert.equal(second.getCell(2).value, ' 前后有空格 ');
  assert.equal(second.getCell(3).value, null);
  assert.equal(second.getCell(4).value, false);
  assert.equal(second.getCell(5).value, '控制字符与𠮷字', 'a character XML cannot hold is left out, nothing else');
  assert.equal(ws.rowCount, 3);
});

test('thousands of rows arrive in order, none lost between the pieces the sheet is deflated in', async () => {
  const rows = Array.from({ length: 2000 }, (_, i) => [i + 1, `示政规〔2026〕${i + 1}号`, `第${i + 1}件`]);
  const wb = await workbookOf(
    [
      { header: '序号', width: 6 },
      { header: '文号', width: 20 },
      { header: '标题', width: 20 },
    ],
    rows,
  );
  const ws = wb.getWorksheet('规范性文件目录');
  assert.equal(ws?.rowCount, 2001);
  const seen: unknown[] = [];
  ws?.eachRow((r, n) => n > 1 && seen.push(r.getCell(2).value));
  assert.deepEqual(
    seen,
    rows.map((r) => r[1]),
  );
});

test('column letters run A … Z, AA …', () => {
  assert.deepEqual([0, 25, 26, 27, 51, 52, 701, 702].map(columnLetters), [
    'A',
    'Z',
    'AA',
    'AB',
    'AZ',
    'BA',
    'ZZ',
    'AAA',
  ]);
});
