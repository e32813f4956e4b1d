// Test factory of the training module: a sheet of questions for the bank import, an exam arranged by the system on
// the demo bank, and the right answers of a sitting's paper, read from the paper itself (as an examiner would).
import ExcelJS from 'exceljs';
import type { TestEnv } from '../../../../test/helpers';
import { inWriteTransaction, type WriteContext } from '../../../platform/write';
import type { ExamBody } from '../schemas';
import { arrangeExamOn } from '../exams/commands/arrange-exam';
import { blueprintBody, DEMO_BLUEPRINT } from '../demo/seed-demo';

export const system: WriteContext = { actor: null, ip: null };

export async function questionSheet(rows: string[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('考试题库');
  ws.addRow(['题型', '题干', '选项A', '选项B', '选项C', '选项D', '正确答案', '标签']);
  rows.forEach((r) => ws.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** An exam of the demo justice bureau's bank, open today, for the given candidates. */
export async function makeExam(
  env: TestEnv,
  orgId: string,
  candidates: ExamBody['candidates'],
  more: Partial<ExamBody> = {},
) {
  const today = env.services.clock.today();
  return inWriteTransaction(env.services, system, (w) =>
    arrangeExamOn(env.services, w, {
      orgId,
      title: '测试考试',
      examPurpose: 'study',
      blueprint: blueprintBody(DEMO_BLUEPRINT),
      examOpensOn: today,
      examClosesOn: today,
      candidates,
      ...more,
    }),
  );
}

/** The paper's right answers by position. */
export async function rightAnswers(env: TestEnv, sittingId: string) {
  const rows = await env.services.db
    .selectFrom('training_sitting_questions')
    .select(['position', 'correct'])
    .where('sitting_id', '=', sittingId)
    .orderBy('position')
    .execute();
  return rows.map((r) => ({ position: r.position, correct: r.correct }));
}
