// 导入题库: a unit's questions from one Excel sheet. Every row is read and checked first — the kind, the stem, the
// options, the answer by core `questionProblems` — and every problem reported by row and column; only a sheet
// without any problem is written, in one transaction: all or nothing.
import { OPTION_LETTERS, questionKindLabels, questionKinds, questionProblems, readAnswer } from '@fazhi/core/training';
import type { Actor } from '../../../../platform/access/actor';
import { authorizeAs } from '../../../../platform/access/policy';
import { AppError } from '../../../../platform/errors';
import { openWorkbook, sheetRows } from '../../../../platform/http/import-sheet';
import { loadExcel } from '../../../../platform/http/xlsx-export';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext } from '../../../../platform/write';
import { QUESTION_BANK_SUBJECT } from '../../catalogue';
import { examPolicy, trainingRegisterPolicy } from '../../policy';
import { unitFor } from '../../support';
import { insertQuestions, type QuestionRow } from './add-question';

const SHEET = '考试题库';
const OPTION_COLUMNS = OPTION_LETTERS.map((l) => `选项${l}`);
const COLUMNS = ['题型', '题干', ...OPTION_COLUMNS, '正确答案', '标签', '答案解析'] as const;
/** core's problem field → the column the user filled in */
const columnOf = { kind: '题型', stem: '题干', options: '选项', answer: '正确答案' } as const;
/** a region's bank runs to a few thousand questions */
const MAX_ROWS = 5000;

/** the kind as typed: its full name or the short names a bank's spreadsheet uses (单选题, 多选, 判断) */
const kindByLabel = new Map<string, (typeof questionKinds)[number]>([
  ...questionKinds.map((k) => [questionKindLabels[k], k] as const),
  ...(['单选题', '单选'] as const).map((l) => [l, 'single'] as const),
  ...(['多选题', '多选'] as const).map((l) => [l, 'multiple'] as const),
  ['判断', 'true_false'] as const,
]);

/** Refused before the file is read (403) for one who keeps no bank anywhere. */
export function assertMayImportQuestions(services: Services, actor: Actor | null) {
  authorizeAs(services.registry.grants, actor, trainingRegisterPolicy, 'importQuestions', null);
}

export async function questionTemplate(): Promise<Buffer> {
  const wb = new (await loadExcel()).Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.addRow([...COLUMNS]);
  ws.addRow([
    '单项选择题',
    '行政处罚的种类不包括下列哪一项？',
    '警告',
    '罚款',
    '记过',
    '吊销许可证件',
    '',
    '',
    '',
    '',
    'C',
    '行政处罚法',
    '',
  ]);
  ws.addRow([
    '多项选择题',
    '下列属于行政执法“三项制度”的有：',
    '行政执法公示制度',
    '执法全过程记录制度',
    '重大执法决定法制审核制度',
    '集体讨论制度',
    '',
    '',
    '',
    '',
    'ABC',
    '行政执法',
    '',
  ]);
  ws.addRow([
    '判断题',
    '行政机关在作出行政处罚决定之前，应当告知当事人拟作出的行政处罚内容及事实、理由、依据。',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '正确',
    '行政处罚法',
    '',
  ]);
  ws.columns.forEach((c) => (c.width = 18));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function importQuestions(services: Services, ctx: WriteContext, orgId: string, file: Buffer) {
  const wb = await openWorkbook(file, '（可下载导入模板）');
  const ws = wb.getWorksheet(SHEET) ?? wb.worksheets[0];
  if (!ws) throw new AppError(422, 'IMPORT_NO_SHEETS', `工作簿中没有「${SHEET}」工作表，请使用导入模板`);
  const { index, rows } = sheetRows(ws, COLUMNS);
  const missing = ['题型', '题干', '正确答案'].filter((c) => !index.has(c));
  if (missing.length)
    throw new AppError(422, 'IMPORT_COLUMNS_MISSING', `表头缺少「${missing.join('」「')}」列，请使用导入模板`);
  if (rows.length === 0) throw new AppError(422, 'IMPORT_EMPTY', '表中没有题目');
  if (rows.length > MAX_ROWS) throw new AppError(422, 'IMPORT_TOO_LARGE', `一次最多导入${MAX_ROWS}道题`);
  const problems: { row: number; field: string; message: string }[] = [];
  const questions: QuestionRow[] = [];
  for (const { row, values } of rows) {
    const kind = kindByLabel.get(values['题型'] ?? '');
    if (!kind) {
      problems.push({ row, field: '题型', message: '题型须为单项选择题、多项选择题或判断题' });
      continue;
    }
    const options = OPTION_COLUMNS.map((c) => values[c] ?? '');
    const lastFilled = options.reduce((n, o, i) => (o ? i + 1 : n), 0);
    const q: QuestionRow = {
      kind,
      stem: values['题干'] ?? '',
      options: kind === 'true_false' ? [] : options.slice(0, lastFilled),
      answer: readAnswer(kind, values['正确答案'] ?? ''),
      tags: [...new Set((values['标签'] ?? '').split(/[、,，;；\s]+/).filter(Boolean))],
      explanation: values['答案解析'] ?? '',
    };
    const found = questionProblems(q);
    for (const p of found) problems.push({ row, field: columnOf[p.field], message: p.message });
    if (q.stem.length > 2000) problems.push({ row, field: '题干', message: '题干不能超过2000个字符' });
    if (found.length === 0) questions.push(q);
  }
  if (problems.length)
    throw new AppError(
      422,
      'IMPORT_REJECTED',
      `导入未执行：发现 ${problems.length} 处问题，请按行修改后重新上传`,
      problems.map((p) => ({ path: `${p.row}.${p.field}`, message: p.message })),
    );
  return inWriteTransaction(services, ctx, async (w) => {
    const unit = await unitFor(services, w.tx, w.ctx.actor, orgId, examPolicy, 'manage');
    await insertQuestions(w.tx, unit, questions);
    await w.audit({
      regionCode: unit.regionCode,
      action: 'training_question.imported',
      subjectType: QUESTION_BANK_SUBJECT,
      subjectId: unit.orgId,
      summary: `${unit.bodyName}题库导入题目${questions.length}道`,
      changes: { imported: questions.length },
    });
    return { imported: questions.length };
  });
}
