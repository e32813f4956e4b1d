// The workbook for importing a list: one sheet 「清单事项」 with the header row, and 「填写说明」 explaining each
// column. Shared by the template download and the import (which reads the same column names).
import { recordingStepLabels, reviewCategoryLabels } from '@fazhi/core/enforcement-lists';
import { loadExcel } from '../../../platform/http/xlsx-export';
import { enforcementListFieldLabels } from '../field-labels';

export const IMPORT_SHEET = '清单事项';
/** one version at most this many rows (a body's list runs to hundreds) */
export const IMPORT_MAX_ROWS = 5000;

const columns = {
  itemCode: ['事项编码', '必填。本地区权责清单或事项清单中的事项编码；适用于本主体全部事项的填写「*」。'],
  itemName: ['事项名称', '必填。不超过200字。'],
  legalBasis: ['法律依据', '必填。法律、法规、规章的名称和条款。'],
  details: ['事项内容', '随机抽查事项清单填写抽查内容；其他清单填写需要说明的内容。'],
  method: ['抽查方式', '随机抽查事项清单必填，如：双随机抽查（现场检查）。'],
  step: [
    '执法环节',
    `音像记录事项清单必填：${Object.values(recordingStepLabels).join('、')}。必须列明查封扣押财产和强制拆除。`,
  ],
  reviewCategory: ['重大执法决定类别', `法制审核目录清单必填：${Object.values(reviewCategoryLabels).join('、')}。`],
  reviewLevel: ['层级', '选填，如：县级。'],
  enforcementField: ['执法领域', '选填，如：市场监管。'],
  amountFrom: ['涉案金额标准（元）', '法制审核目录清单选填：达到该金额的决定应当法制审核。'],
} as const;

export const IMPORT_COLUMNS = Object.values(columns).map(([c]) => c);

/** The column of a request field, for a row error ('itemCode' → 事项编码). */
export function columnOfField(field: string): string {
  return (
    (columns as Record<string, readonly [string, string]>)[field]?.[0] ??
    (enforcementListFieldLabels as Record<string, string>)[field] ??
    field
  );
}

export async function importTemplate(): Promise<Buffer> {
  const wb = new (await loadExcel()).Workbook();
  const ws = wb.addWorksheet(IMPORT_SHEET);
  ws.addRow(IMPORT_COLUMNS);
  ws.getRow(1).font = { bold: true };
  ws.columns.forEach((c) => (c.width = 24));
  const notes = wb.addWorksheet('填写说明');
  notes.addRow(['列', '说明']);
  for (const [c, note] of Object.values(columns)) notes.addRow([c, note]);
  notes.getColumn(2).width = 90;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
