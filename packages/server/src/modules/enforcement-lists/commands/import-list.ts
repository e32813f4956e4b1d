// 导入清单: a body's list version from an Excel workbook (the template: import-template.ts). Every row is checked
// first — each cell by the same schema as a row typed in the console, then the whole list by core's rules — and
// every problem reported by row and column (「行.列」, the console's import panel reads it); only a workbook without
// any problem is published, in one transaction, as one version, so nothing is ever half-imported.
import {
  recordingStepLabels,
  reviewCategoryLabels,
  type RecordingStep,
  type ReviewCategory,
} from '@fazhi/core/enforcement-lists';
import { AppError, invalid, type FieldError } from '../../../platform/errors';
import { openWorkbook, sheetRows } from '../../../platform/http/import-sheet';
import type { Services } from '../../../platform/services';
import { inWriteTransaction, type WriteContext } from '../../../platform/write';
import { listRowBody } from '../schemas';
import { IMPORT_COLUMNS, IMPORT_MAX_ROWS, IMPORT_SHEET, columnOfField } from './import-template';
import { listRowOf, publishListOn, type PublishListInput } from './publish-list';

const byLabel = <K extends string>(labels: Record<K, string>) =>
  new Map(Object.entries(labels).map(([k, l]) => [l as string, k as K]));
const stepByLabel = byLabel<RecordingStep>(recordingStepLabels);
const categoryByLabel = byLabel<ReviewCategory>(reviewCategoryLabels);

async function readRows(file: Buffer) {
  const wb = await openWorkbook(file, '（可下载导入模板）');
  const ws = wb.getWorksheet(IMPORT_SHEET) ?? wb.worksheets.find((w) => w.name !== '填写说明');
  if (!ws) throw new AppError(422, 'IMPORT_NO_SHEETS', `工作簿中没有名为「${IMPORT_SHEET}」的工作表，请使用导入模板`);
  const { index, rows } = sheetRows(ws, IMPORT_COLUMNS);
  const missing = ['事项编码', '事项名称', '法律依据'].filter((c) => !index.has(c));
  if (missing.length)
    throw invalid(
      'IMPORT_REJECTED',
      `导入未执行：缺少列${missing.map((c) => `「${c}」`).join('、')}，请使用导入模板`,
      missing.map((c) => ({ path: `1.${c}`, message: `缺少列「${c}」` })),
    );
  if (rows.length > IMPORT_MAX_ROWS)
    throw new AppError(422, 'IMPORT_TOO_MANY_ROWS', `一次最多导入${IMPORT_MAX_ROWS}个事项，超出的请拆分为多个清单`);
  return rows;
}

export async function importList(
  services: Services,
  ctx: WriteContext,
  target: Omit<PublishListInput, 'rows'>,
  file: Buffer,
) {
  const read = await readRows(file);
  const problems: FieldError[] = [];
  const rows: PublishListInput['rows'] = [];
  for (const { row, values } of read) {
    const cell = (c: string) => values[c] || undefined;
    const stepText = cell('执法环节');
    const categoryText = cell('重大执法决定类别');
    const step = stepText ? stepByLabel.get(stepText) : undefined;
    const category = categoryText ? categoryByLabel.get(categoryText) : undefined;
    if (stepText && !step)
      problems.push({ path: `${row}.执法环节`, message: `应为${Object.values(recordingStepLabels).join('、')}之一` });
    if (categoryText && !category)
      problems.push({
        path: `${row}.重大执法决定类别`,
        message: `应为${Object.values(reviewCategoryLabels).join('、')}之一`,
      });
    const parsed = listRowBody.safeParse({
      itemCode: cell('事项编码') ?? '',
      itemName: cell('事项名称') ?? '',
      legalBasis: cell('法律依据') ?? '',
      details: cell('事项内容'),
      method: cell('抽查方式'),
      step,
      reviewCategory: category,
      reviewLevel: cell('层级'),
      enforcementField: cell('执法领域'),
      amountFrom: cell('涉案金额标准（元）'),
    });
    if (!parsed.success)
      for (const issue of parsed.error.issues)
        problems.push({ path: `${row}.${columnOfField(String(issue.path[0]))}`, message: issue.message });
    else rows.push(listRowOf(parsed.data));
  }
  if (read.length === 0) problems.push({ path: '2.事项编码', message: '工作簿中没有可导入的数据行' });
  if (problems.length)
    throw invalid('IMPORT_REJECTED', `导入未执行：发现 ${problems.length} 处问题，请按行修改后重新上传`, problems);
  return inWriteTransaction(services, ctx, (w) =>
    publishListOn(
      services,
      w,
      { ...target, rows },
      {
        source: 'imported',
        rowPath: (i, field) => `${read[i]!.row}.${columnOfField(field)}`,
      },
    ),
  );
}
