// Reading the platform's streamed workbooks (platform/http/xlsx-writer.ts: one sheet, inline strings) in tests
// without exceljs: the sheet's name and its rows as the text of their cells. exceljs builds an object for every cell
// and style of the workbook it loads, which for the 20,000-row catalogue export (list-volume.test.ts) cost more than
// the export itself; a test that counts the rows or reads a column needs the cells' text only. A test about number
// formats or styles still loads the workbook into exceljs.
import JSZip from 'jszip';

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** Column letters → index: A → 0, AA → 26. */
const columnIndex = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;

/** The workbook's one sheet: its name and each row's cells' text by column (A = 0; an empty cell is undefined). */
export async function sheetRows(body: Buffer): Promise<{ name: string; rows: (string | undefined)[][] }> {
  const zip = await JSZip.loadAsync(body);
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const xml = (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
  const rows = [...xml.matchAll(/<row r="\d+"[^>]*>([\s\S]*?)<\/row>/g)].map(([, cells]) => {
    const row: (string | undefined)[] = [];
    for (const [, col, inner] of cells!.matchAll(/<c r="([A-Z]+)\d+"[^>]*>([\s\S]*?)<\/c>/g)) {
      const value = /<t[^>]*>([\s\S]*?)<\/t>|<v>([\s\S]*?)<\/v>/.exec(inner!);
      row[columnIndex(col!)] = value ? unescapeXml(value[1] ?? value[2] ?? '') : undefined;
    }
    return row;
  });
  return { name: unescapeXml(/<sheet [^>]*name="([^"]*)"/.exec(workbook)?.[1] ?? ''), rows };
}
