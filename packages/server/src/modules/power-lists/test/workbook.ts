// Test-only: a list's import workbook from rows of column label → text (the template's header first).
import ExcelJS from 'exceljs';
import type { ListKind } from '@fazhi/core/power-lists';
import { importColumns } from '../import-columns';

export async function listWorkbook(listKind: ListKind, rows: readonly Record<string, string>[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('清单事项');
  const columns = importColumns(listKind);
  ws.addRow(columns);
  for (const r of rows) ws.addRow(columns.map((c) => r[c] ?? ''));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
