// 录入题目: one question into a unit's bank, checked whole by core `questionProblems` (every problem at once).
import { randomUUID } from 'node:crypto';
import { questionProblems, type QuestionKind } from '@fazhi/core/training';
import { AppError } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type Tx, type WriteContext, type Writer } from '../../../../platform/write';
import { QUESTION_BANK_SUBJECT } from '../../catalogue';
import { examPolicy } from '../../policy';
import type { QuestionBody } from '../../schemas';
import { unitFor, type UnitRecord } from '../../support';

/** the request field each of core's problem fields is typed in */
export const questionFieldOf = {
  kind: 'questionKind',
  stem: 'questionStem',
  options: 'questionOptions',
  answer: 'correctAnswer',
} as const;

export interface QuestionRow {
  kind: QuestionKind;
  stem: string;
  options: string[];
  answer: string[];
  tags: string[];
  explanation: string;
}

export const questionRowOf = (b: QuestionBody): QuestionRow => ({
  kind: b.questionKind,
  stem: b.questionStem,
  options: b.questionKind === 'true_false' ? [] : b.questionOptions,
  answer: [...new Set(b.correctAnswer)].sort(),
  tags: [...new Set(b.questionTags)],
  explanation: b.answerExplanation ?? '',
});

export async function insertQuestions(tx: Tx, unit: UnitRecord, rows: readonly QuestionRow[], isDemo = false) {
  const values = rows.map((q) => ({
    id: randomUUID(),
    region_code: unit.regionCode,
    org_id: unit.orgId,
    kind: q.kind,
    stem: q.stem,
    options: JSON.stringify(q.options),
    answer: JSON.stringify(q.answer),
    tags: q.tags,
    explanation: q.explanation,
    is_demo: isDemo,
  }));
  for (let i = 0; i < values.length; i += 500)
    await tx
      .insertInto('training_questions')
      .values(values.slice(i, i + 500))
      .execute();
  return values.map((v) => v.id);
}

export async function addQuestion(services: Services, ctx: WriteContext, input: QuestionBody) {
  return inWriteTransaction(services, ctx, (w) => addQuestionOn(services, w, input));
}

export async function addQuestionOn(services: Services, w: Writer, input: QuestionBody) {
  const unit = await unitFor(services, w.tx, w.ctx.actor, input.orgId, examPolicy, 'manage');
  const row = questionRowOf(input);
  const problems = questionProblems(row);
  if (problems.length)
    throw new AppError(
      422,
      'QUESTION_INVALID',
      problems.map((p) => p.message).join('；'),
      problems.map((p) => ({ path: questionFieldOf[p.field], message: p.message })),
    );
  const [id] = await insertQuestions(w.tx, unit, [row]);
  await w.audit({
    regionCode: unit.regionCode,
    action: 'training_question.added',
    subjectType: QUESTION_BANK_SUBJECT,
    subjectId: unit.orgId,
    summary: `${unit.bodyName}题库录入题目：${row.stem.slice(0, 40)}`,
    changes: { id, ...row },
  });
  return { id: id! };
}
