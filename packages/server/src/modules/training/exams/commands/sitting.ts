// A candidate's sitting (作答): started by the candidate alone, one at a time, within the exam's days and attempts;
// the paper drawn at the start by the exam's blueprint with a fresh seed (kept with the sitting) and copied, so the
// paper stays as it was drawn; each answer saved as it is given until the time runs out; the submission marks it.
import { randomInt, randomUUID } from 'node:crypto';
import { drawPaper, optionsOf, OPTION_LETTERS, passes, score, startRefusal } from '@fazhi/core/training';
import { authorizeAs } from '../../../../platform/access/policy';
import { conflict, invalid, notFound } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type Tx, type WriteContext, type Writer } from '../../../../platform/write';
import { QUALIFICATION_EXAM_PASSED, SITTING_SUBJECT, trainingEvents } from '../../catalogue';
import { sittingPolicy } from '../../policy';
import { bankOf } from '../queries/bank';
import { sittingTarget } from '../queries/sittings';

/** The candidate's own enrolment with the exam, locked: a candidate's acts on one exam run one after another. */
async function enrolment(tx: Tx, examId: string, userId: string) {
  const row = await tx
    .selectFrom('training_exam_candidates as c')
    .innerJoin('training_exams as e', 'e.id', 'c.exam_id')
    .selectAll('e')
    .select('c.officer_id')
    .where('c.exam_id', '=', examId)
    .where('c.user_id', '=', userId)
    .forUpdate('c')
    .executeTakeFirst();
  if (!row) throw notFound('考试');
  return row;
}

export async function startSitting(services: Services, ctx: WriteContext, examId: string) {
  return inWriteTransaction(services, ctx, (w) => startSittingOn(services, w, examId));
}

export async function startSittingOn(services: Services, w: Writer, examId: string, userId = w.ctx.actor?.userId) {
  if (!userId) throw notFound('考试');
  const exam = await enrolment(w.tx, examId, userId);
  const target = await sittingTarget(w.tx, userId, exam.org_id);
  authorizeAs(services.registry.grants, w.ctx.actor, sittingPolicy, 'sit', target);
  const now = w.clock.now();
  // a sitting whose time ran out without a submission is marked as it stands before another starts
  const running = await w.tx
    .selectFrom('training_sittings')
    .select(['id', 'ends_at'])
    .where('exam_id', '=', examId)
    .where('user_id', '=', userId)
    .where('status', '=', 'in_progress')
    .executeTakeFirst();
  if (running && running.ends_at <= now) await markOn(services, w, running.id);
  const earlier = await w.tx
    .selectFrom('training_sittings')
    .select(['status', 'passed'])
    .where('exam_id', '=', examId)
    .where('user_id', '=', userId)
    .execute();
  const refusal = startRefusal({
    running: earlier.some((s) => s.status === 'in_progress'),
    attemptsUsed: earlier.length,
    attemptsAllowed: exam.attempts,
    opensOn: exam.opens_on,
    closesOn: exam.closes_on,
    today: services.clock.today(),
    passed: earlier.some((s) => s.passed === true),
  });
  if (refusal) throw conflict('SITTING_REFUSED', refusal);
  const seed = randomInt(0, 2 ** 32 - 1);
  const bank = await bankOf(w.tx, exam.org_id);
  let drawn;
  try {
    drawn = drawPaper(exam.blueprint, bank, seed);
  } catch {
    throw conflict('BANK_TOO_SMALL', '题库题目已不足以按本次考试的组卷规则组卷，请联系考试组织单位');
  }
  const id = randomUUID();
  const endsAt = new Date(now.getTime() + exam.minutes * 60_000);
  await w.tx
    .insertInto('training_sittings')
    .values({
      id,
      exam_id: examId,
      user_id: userId,
      org_id: target.orgId,
      attempt_no: earlier.length + 1,
      seed,
      started_at: now,
      ends_at: endsAt,
      is_demo: exam.is_demo,
    })
    .execute();
  const questions = await w.tx
    .selectFrom('training_questions')
    .select(['id', 'kind', 'stem', 'options', 'answer'])
    .where(
      'id',
      'in',
      drawn.map((d) => d.questionId),
    )
    .execute();
  const byId = new Map(questions.map((q) => [q.id, q]));
  await w.tx
    .insertInto('training_sitting_questions')
    .values(
      drawn.map((d, i) => {
        const q = byId.get(d.questionId)!;
        return {
          sitting_id: id,
          position: i + 1,
          question_id: q.id,
          kind: q.kind,
          stem: q.stem,
          options: JSON.stringify(optionsOf({ kind: q.kind, options: q.options })),
          correct: JSON.stringify(q.answer),
          points: d.points,
        };
      }),
    )
    .execute();
  await w.audit({
    regionCode: exam.region_code,
    action: 'training_sitting.started',
    subjectType: SITTING_SUBJECT,
    subjectId: id,
    summary: `开始「${exam.title}」第${earlier.length + 1}次作答（组卷种子${seed}）`,
    changes: { examId, attemptNo: earlier.length + 1, seed, questions: drawn.length },
  });
  return { id };
}

/** The candidate's own sitting, locked; 404 for anyone else's. */
async function ownSitting(services: Services, w: Writer, id: string) {
  const s = await w.tx
    .selectFrom('training_sittings as s')
    .innerJoin('training_exams as e', 'e.id', 's.exam_id')
    .select([
      's.id',
      's.user_id',
      's.exam_id',
      's.status',
      's.ends_at',
      's.attempt_no',
      'e.title',
      'e.region_code',
      'e.org_id',
      'e.pass_mark',
      'e.purpose',
    ])
    .where('s.id', '=', id)
    .forUpdate('s')
    .executeTakeFirst();
  const actor = w.ctx.actor;
  if (!s || (actor && actor.userId !== s.user_id)) throw notFound('考试作答');
  authorizeAs(services.registry.grants, actor, sittingPolicy, 'sit', await sittingTarget(w.tx, s.user_id, s.org_id));
  return s;
}

export async function saveAnswer(
  services: Services,
  ctx: WriteContext,
  id: string,
  position: number,
  choices: readonly string[],
) {
  return inWriteTransaction(services, ctx, async (w) => {
    const s = await ownSitting(services, w, id);
    if (s.status !== 'in_progress') throw conflict('SITTING_SUBMITTED', '本次作答已交卷，不能再修改答案');
    const now = w.clock.now();
    if (s.ends_at <= now) throw conflict('SITTING_TIME_UP', '作答时间已到，请交卷');
    const q = await w.tx
      .selectFrom('training_sitting_questions')
      .select(['kind', 'options'])
      .where('sitting_id', '=', id)
      .where('position', '=', position)
      .executeTakeFirst();
    if (!q) throw notFound('题目');
    const letters = OPTION_LETTERS.slice(0, q.options.length) as readonly string[];
    const given = [...new Set(choices)].sort();
    const problem = given.some((c) => !letters.includes(c))
      ? `所选答案应为选项${letters.join('、')}中的字母`
      : q.kind !== 'multiple' && given.length > 1
        ? '本题只能选择一项'
        : null;
    if (problem) throw invalid('ANSWER_INVALID', problem, [{ path: 'answerChoices', message: problem }]);
    await w.tx
      .updateTable('training_sitting_questions')
      .set({ given: given.length ? JSON.stringify(given) : null, answered_at: now })
      .where('sitting_id', '=', id)
      .where('position', '=', position)
      .execute();
    await w.audit({
      regionCode: s.region_code,
      action: 'training_sitting.answered',
      subjectType: SITTING_SUBJECT,
      subjectId: id,
      summary: `「${s.title}」第${s.attempt_no}次作答：第${position}题作答`,
      changes: { position, answerChoices: given },
    });
    return { position, answeredAt: now.toISOString() };
  });
}

export async function submitSitting(services: Services, ctx: WriteContext, id: string) {
  return inWriteTransaction(services, ctx, async (w) => {
    const s = await ownSitting(services, w, id);
    if (s.status !== 'in_progress') throw conflict('SITTING_SUBMITTED', '本次作答已经交卷');
    return markOn(services, w, id);
  });
}

/** 交卷并自动阅卷: the saved answers marked; a passed enforcement qualification exam told to the officer registry. */
export async function markOn(services: Services, w: Writer, id: string) {
  const s = await w.tx
    .selectFrom('training_sittings as s')
    .innerJoin('training_exams as e', 'e.id', 's.exam_id')
    .innerJoin('training_exam_candidates as c', (j) =>
      j.onRef('c.exam_id', '=', 's.exam_id').onRef('c.user_id', '=', 's.user_id'),
    )
    .select(['s.exam_id', 's.attempt_no', 'e.title', 'e.region_code', 'e.pass_mark', 'e.purpose', 'c.officer_id'])
    .where('s.id', '=', id)
    .executeTakeFirstOrThrow();
  const paper = await w.tx
    .selectFrom('training_sitting_questions')
    .select(['points', 'correct', 'given'])
    .where('sitting_id', '=', id)
    .execute();
  const scored = score(paper);
  const passed = passes(scored, s.pass_mark);
  const now = w.clock.now();
  await w.tx
    .updateTable('training_sittings')
    .set({ status: 'submitted', submitted_at: now, score: scored, passed })
    .where('id', '=', id)
    .execute();
  await w.audit({
    regionCode: s.region_code,
    action: 'training_sitting.submitted',
    subjectType: SITTING_SUBJECT,
    subjectId: id,
    summary: `「${s.title}」第${s.attempt_no}次作答交卷，得分${scored}分，${passed ? '合格' : '不合格'}`,
    changes: { score: scored, passed, passMark: s.pass_mark },
  });
  if (passed && s.purpose === 'enforcement_qualification' && s.officer_id)
    await w.emit(trainingEvents, s.region_code, QUALIFICATION_EXAM_PASSED, {
      officerId: s.officer_id,
      examId: s.exam_id,
      sittingId: id,
      examTitle: s.title,
      score: scored,
      passedOn: services.clock.today(),
    });
  return { id, score: scored, passed };
}
