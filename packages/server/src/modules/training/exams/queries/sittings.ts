// A candidate's sitting as the candidate reads it: the paper without its answers until submitted. A sitting is
// located at the candidate's unit (the exam's unit for one without a unit) and read only by its candidate.
import type { TrainingSitting } from '@fazhi/core/contracts';
import type { Actor } from '../../../../platform/access/actor';
import { scopeFilter } from '../../../../platform/access/scope';
import type { Db } from '../../../../platform/db/connection';
import { notFound } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { SIT, type SittingRecord } from '../../policy';

export async function sittingTarget(db: Db, userId: string, examOrgId: string): Promise<SittingRecord> {
  const row = await db
    .selectFrom('users as u')
    .innerJoin('orgs as o', (j) => j.on((eb) => eb('o.id', '=', eb.fn.coalesce('u.home_org_id', eb.val(examOrgId)))))
    .innerJoin('regions as r', 'r.code', 'o.region_code')
    .select(['o.id', 'o.path', 'r.path as region_path'])
    .where('u.id', '=', userId)
    .executeTakeFirstOrThrow();
  return { userId, orgId: row.id, orgPath: row.path, regionPath: row.region_path };
}

export async function getSitting(services: Services, actor: Actor, id: string): Promise<TrainingSitting> {
  const s = await services.db
    .selectFrom('training_sittings as s')
    .innerJoin('training_exams as e', 'e.id', 's.exam_id')
    .select([
      's.id',
      's.exam_id',
      's.attempt_no',
      's.started_at',
      's.ends_at',
      's.status',
      's.score',
      's.passed',
      'e.title',
      'e.total_points',
      'e.pass_mark',
    ])
    .where('s.id', '=', id)
    .where('s.user_id', '=', actor.userId)
    .where(scopeFilter(services.registry.grants, actor, SIT, 's.org_id'))
    .executeTakeFirst();
  if (!s) throw notFound('考试作答');
  const questions = await services.db
    .selectFrom('training_sitting_questions')
    .select(['position', 'kind', 'stem', 'options', 'points', 'given', 'correct'])
    .where('sitting_id', '=', id)
    .orderBy('position')
    .execute();
  const done = s.status === 'submitted';
  return {
    id: s.id,
    examId: s.exam_id,
    examTitle: s.title,
    attemptNo: s.attempt_no,
    startedAt: s.started_at.toISOString(),
    endsAt: s.ends_at.toISOString(),
    now: services.clock.now().toISOString(),
    status: s.status,
    totalPoints: s.total_points,
    passMark: s.pass_mark,
    questions: questions.map((q) => ({
      position: q.position,
      kind: q.kind,
      stem: q.stem,
      options: q.options,
      points: q.points,
      given: q.given,
      correct: done ? q.correct : null,
    })),
    score: s.score,
    passed: s.passed,
  };
}
