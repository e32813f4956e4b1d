// The small pure pieces of the generated documents and the import: dates written the Chinese way, dates read from
// a spreadsheet in the forms clerks type, a pasted text split into its articles, and the download header.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseImportDate, splitArticles } from '../catalogue/commands/import-documents-rows';
import { chineseDate } from '../../../platform/papers/gongwen';
import { attachmentHeader, fileNameOf } from '../catalogue/documents/official-text';

test('writes dates as 2026年11月23日 and leaves a missing date visibly blank', () => {
  assert.equal(chineseDate('2026-11-23'), '2026年11月23日');
  assert.equal(chineseDate('2026-01-05'), '2026年1月5日');
  assert.equal(chineseDate(null), '____年__月__日');
});

test('reads the date forms clerks type and refuses impossible dates', () => {
  for (const v of ['2024-03-01', '2024/3/1', '2024.3.1', '2024年3月1日', ' 2024 年 3 月 1 日 '])
    assert.equal(parseImportDate(v), '2024-03-01', v);
  for (const v of ['2025-02-29', '2024-13-01', '24-3-1', '三月一日', '2024-03-01T00:00', ''])
    assert.equal(parseImportDate(v), null, v);
});

test('splits a pasted text into articles at 第…条, keeping later paragraphs with their article', () => {
  assert.deepEqual(
    splitArticles('第一条 为了规范。\n第二条　适用于本区。\n本办法自发布之日起施行。\n\n第十二条 附则'),
    [
      { heading: '第一条', body: '为了规范。' },
      { heading: '第二条', body: '适用于本区。\n本办法自发布之日起施行。' },
      { heading: '第十二条', body: '附则' },
    ],
  );
  // a text without articles keeps its paragraphs and gets no invented headings
  assert.deepEqual(splitArticles('一、总体要求\n二、主要措施'), [
    { heading: '', body: '一、总体要求' },
    { heading: '', body: '二、主要措施' },
  ]);
});

test('names downloads in Chinese with an RFC 5987 header and an ASCII fallback', () => {
  const name = fileNameOf({ title: '示范区管理办法/试行', docNumber: '示政规〔2026〕3号' }, '备案报告', 'pdf');
  assert.equal(name, '示政规〔2026〕3号 示范区管理办法_试行备案报告.pdf');
  const h = attachmentHeader(name);
  assert.ok(h.startsWith('attachment; filename="document.pdf"; filename*=UTF-8\'\''));
  assert.equal(decodeURIComponent(h.split("UTF-8''")[1] ?? ''), name);
  assert.ok(!/[^\x20-\x7e]/.test(h), 'the header is ASCII');
});
