// Reading an uploaded workbook. `cellText` is the one reading of a cell as the text a user typed (dates as ISO
// days, rich text and formulas by their text); `streamSheetRows` reads a sheet row by row with exceljs's streaming
// reader, so a list of 200,000 rows is never held in memory as a workbook: only the row being read and the shared
// strings table (which the xlsx format keeps in one part) are.
import type ExcelJS from 'exceljs';
import Module, { createRequire } from 'node:module';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { AppError } from '../errors';
import { loadExcel } from './xlsx-export';

type CellValue = ExcelJS.CellValue;

/** A cell's value as the text a user typed: trimmed, dates as YYYY-MM-DD, rich text, links and formulas by text. */
export function cellValueText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object' && 'richText' in v)
    return v.richText
      .map((t) => t.text)
      .join('')
      .trim();
  if (typeof v === 'object' && 'text' in v) return String(v.text).trim();
  if (typeof v === 'object' && 'result' in v) {
    const r = v.result;
    return r instanceof Date ? r.toISOString().slice(0, 10) : String(r ?? '').trim();
  }
  return String(v).trim();
}

/** The text of a row's cell (1-based column). */
export const cellText = (row: ExcelJS.Row, col: number) => cellValueText(row.getCell(col).value);

type SaxEvent = { eventType: string; value: unknown };
type SaxesParser = {
  on(event: string, listener: (value: unknown) => void): void;
  write(text: string): void;
};

/**
 * exceljs 4.4's streaming reader decodes each chunk of a zipped part on its own (`TextDecoder.decode` without
 * `stream: true`, lib/utils/browser-buffer-decode.js), so a Chinese character whose bytes a chunk boundary splits
 * comes out as two U+FFFD — in a 3,000-row list about one cell in a hundred rows (seen on 设定和实施依据). This is
 * its parser (lib/utils/parse-sax.js) with one decoder per part, which carries a split character over to the next
 * chunk; the streaming reader's modules are loaded afresh around it, so the rest of exceljs, already loaded or
 * not, is untouched.
 */
function fixedReaderClass(): typeof ExcelJS.stream.xlsx.WorkbookReader {
  const require = createRequire(import.meta.url);
  const lib = (path: string) => require.resolve(`exceljs/lib/${path}`);
  const { SaxesParser } = createRequire(lib('exceljs.nodejs.js'))('saxes') as {
    SaxesParser: new () => SaxesParser;
  };
  async function* parseSax(iterable: AsyncIterable<Buffer | string>): AsyncGenerator<SaxEvent[]> {
    const parser = new SaxesParser();
    const decoder = new StringDecoder('utf8');
    let error: unknown = null;
    let events: SaxEvent[] = [];
    parser.on('error', (e) => (error = e));
    for (const eventType of ['opentag', 'text', 'closetag'])
      parser.on(eventType, (value) => events.push({ eventType, value }));
    const feed = function* (text: string) {
      parser.write(text);
      if (error) throw error;
      yield events;
      events = [];
    };
    for await (const chunk of iterable) yield* feed(typeof chunk === 'string' ? chunk : decoder.write(chunk));
    const rest = decoder.end();
    if (rest) yield* feed(rest);
  }
  const saxPath = lib('utils/parse-sax.js');
  const readers = [
    'stream/xlsx/workbook-reader.js',
    'stream/xlsx/worksheet-reader.js',
    'stream/xlsx/hyperlink-reader.js',
  ].map(lib);
  const kept = new Map([saxPath, ...readers].map((p) => [p, require.cache[p]]));
  const fixed = new Module(saxPath);
  fixed.filename = saxPath;
  fixed.loaded = true;
  fixed.exports = parseSax;
  require.cache[saxPath] = fixed;
  for (const p of readers) delete require.cache[p];
  try {
    return require(readers[0]!) as typeof ExcelJS.stream.xlsx.WorkbookReader;
  } finally {
    for (const [p, m] of kept)
      if (m) require.cache[p] = m;
      else delete require.cache[p];
  }
}

let WorkbookReader: typeof ExcelJS.stream.xlsx.WorkbookReader | null = null;
const workbookReader = () => (WorkbookReader ??= fixedReaderClass());

export interface SheetRow {
  /** the row's number in the sheet (1 is the header) */
  row: number;
  /** the cells' texts, column 1 first */
  cells: string[];
}

/**
 * The rows of the workbook's first sheet (a sheet of instructions, 填写说明, passed over), in order, each as its
 * cells' texts. An unreadable file is 422 IMPORT_UNREADABLE, as the whole-workbook imports answer it.
 */
export async function* streamSheetRows(input: Buffer | Readable): AsyncGenerator<SheetRow> {
  await loadExcel();
  const stream = Buffer.isBuffer(input) ? Readable.from([input]) : input;
  const reader = new (workbookReader())(stream, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
  });
  let found = false;
  try {
    for await (const sheet of reader) {
      const name = (sheet as unknown as { name?: string }).name;
      if (found || name === '填写说明') continue;
      found = true;
      for await (const row of sheet) {
        const values = row.values as CellValue[];
        const cells: string[] = [];
        for (let c = 1; c < values.length; c++) cells.push(cellValueText(values[c]));
        yield { row: row.number, cells };
      }
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError(422, 'IMPORT_UNREADABLE', '无法读取该文件，请上传 .xlsx 格式的 Excel 工作簿（可下载导入模板）');
  }
  if (!found) throw new AppError(422, 'IMPORT_NO_SHEETS', '工作簿中没有工作表，请使用导入模板');
}
