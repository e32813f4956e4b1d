// What every Excel import reads a workbook with (the directory, the normative catalogue, the enforcement lists):
// the uploaded file opened or refused in Chinese, a cell as the text the user typed (rich text, hyperlinks and
// formulas read as what they show, a date as YYYY-MM-DD — `xlsx-reader.ts`'s one reading of a cell), and a sheet's
// data rows by its header's column names.
import type ExcelJS from 'exceljs';
import { AppError } from '../errors';
import { loadExcel } from './xlsx-export';
import { cellText } from './xlsx-reader';

/** The uploaded workbook, or 422 IMPORT_UNREADABLE (`hint` ends the message, e.g. where the template is). */
export async function openWorkbook(file: Buffer, hint = ''): Promise<ExcelJS.Workbook> {
  const wb = new (await loadExcel()).Workbook();
  try {
    await wb.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw new AppError(422, 'IMPORT_UNREADABLE', `无法读取该文件，请上传 .xlsx 格式的 Excel 工作簿${hint}`);
  }
  return wb;
}

/** The header's columns (name → column number) and the rows below it that hold any text, by column name. */
export function sheetRows(ws: ExcelJS.Worksheet, columns: readonly string[]) {
  const index = new Map<string, number>();
  ws.getRow(1).eachCell((_cell, col) => index.set(cellText(ws.getRow(1), col), col));
  const rows: { row: number; values: Record<string, string> }[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const values: Record<string, string> = {};
    for (const c of columns) values[c] = index.has(c) ? cellText(row, index.get(c) ?? 0) : '';
    if (Object.values(values).some((v) => v !== '')) rows.push({ row: n, values });
  });
  return { index, rows };
}
