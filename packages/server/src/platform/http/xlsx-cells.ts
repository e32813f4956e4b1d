// The text of one cell of an imported workbook, whatever exceljs made of it (rich text, a hyperlink, a formula's
// result, a date): every module's Excel import reads its cells through this one function.
import type ExcelJS from 'exceljs';

export function cellText(row: ExcelJS.Row, col: number): string {
  const v = row.getCell(col).value;
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
