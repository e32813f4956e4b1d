// 安排考试: an exam of a unit — its purpose, its blueprint (checked against the unit's bank now, so that every sitting
// can be drawn), its pass mark, the days it is open and its candidates; the time limit and the attempts are the
// region's settings as they stand when the exam is arranged, kept with it so a later change does not alter it.
import { randomUUID } from 'node:crypto';
import { blueprintShortages, questionKindLabels, totalPoints, type BlueprintPart } from '@fazhi/core/training';
import { AppError, invalid } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { EXAM_SUBJECT } from '../../catalogue';
import { examPolicy } from '../../policy';
import type { ExamBody } from '../../schemas';
import { trainingSettings } from '../../settings';
import { unitFor } from '../../support';
import { bankOf } from '../queries/bank';

export async function arrangeExam(services: Services, ctx: WriteContext, input: ExamBody) {
  return inWriteTransaction(services, ctx, (w) => arrangeExamOn(services, w, input));
}

export async function arrangeExamOn(services: Services, w: Writer, input: ExamBody, isDemo = false) {
  const unit = await unitFor(services, w.tx, w.ctx.actor, input.orgId, examPolicy, 'manage');
  if (input.examClosesOn < input.examOpensOn)
    throw invalid('EXAM_DAYS', '考试结束日期不能早于开始日期', [
      { path: 'examClosesOn', message: '考试结束日期不能早于开始日期' },
    ]);
  const parts: BlueprintPart[] = input.blueprint.map((p) => ({
    kind: p.kind,
    tag: p.questionTag,
    count: p.questionCount,
    points: p.questionPoints,
  }));
  const shortages = blueprintShortages(parts, await bankOf(w.tx, unit.orgId));
  if (shortages.length)
    throw new AppError(
      422,
      'BANK_TOO_SMALL',
      `题库题目不足：${shortages
        .map((s) => `${s.tag ? `「${s.tag}」` : ''}${questionKindLabels[s.kind]}需${s.wanted}道，现有${s.available}道`)
        .join('；')}`,
      shortages.map((s) => ({ path: `blueprint.${s.part}.questionCount`, message: `现有${s.available}道` })),
    );
  const total = totalPoints(parts);
  const read = trainingSettings.read;
  const passPercent = await read(w.tx, unit.regionCode, 'training.exam.pass-percent');
  const passMark = input.passMark ?? Math.ceil((total * passPercent) / 100);
  if (passMark > total)
    throw invalid('PASS_MARK', `合格分数不能高于总分${total}分`, [
      { path: 'passMark', message: `合格分数不能高于总分${total}分` },
    ]);
  const qualifying = input.examPurpose === 'enforcement_qualification';
  if (!qualifying && input.candidates.some((c) => c.officerId))
    throw invalid('OFFICER_NOT_EXPECTED', '只有行政执法资格考试的考生关联执法人员', [
      { path: 'candidates', message: '只有行政执法资格考试的考生关联执法人员' },
    ]);
  const userIds = [...new Set(input.candidates.map((c) => c.userId))];
  const users = await w.tx
    .selectFrom('users')
    .select('id')
    .where('id', 'in', userIds)
    .where('disabled_at', 'is', null)
    .execute();
  if (users.length !== userIds.length)
    throw invalid('CANDIDATE_UNKNOWN', '考生中有不存在或已停用的用户', [
      { path: 'candidates', message: '考生中有不存在或已停用的用户' },
    ]);
  const id = randomUUID();
  await w.tx
    .insertInto('training_exams')
    .values({
      id,
      region_code: unit.regionCode,
      org_id: unit.orgId,
      title: input.title,
      purpose: input.examPurpose,
      blueprint: JSON.stringify(parts),
      total_points: total,
      pass_mark: passMark,
      minutes: await read(w.tx, unit.regionCode, 'training.exam.minutes'),
      attempts: await read(w.tx, unit.regionCode, 'training.exam.attempts'),
      opens_on: input.examOpensOn,
      closes_on: input.examClosesOn,
      is_demo: isDemo,
    })
    .execute();
  const byUser = new Map(input.candidates.map((c) => [c.userId, c.officerId]));
  await w.tx
    .insertInto('training_exam_candidates')
    .values([...byUser].map(([userId, officerId]) => ({ exam_id: id, user_id: userId, officer_id: officerId })))
    .execute();
  await w.audit({
    regionCode: unit.regionCode,
    action: 'training_exam.arranged',
    subjectType: EXAM_SUBJECT,
    subjectId: id,
    summary: `${unit.bodyName}安排考试「${input.title}」，考生${byUser.size}人`,
    changes: { ...input, candidates: byUser.size, passMark },
  });
  return { id };
}
