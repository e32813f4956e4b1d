// The exams of the units the reader reaches, each with its candidates, how many sat and passed and the pass rate
// (passed over those who sat); one exam's results, every candidate with each sitting and its seed, so a rate can be
// traced to the sittings behind it.
import type { TrainingExam, TrainingExamResults } from '@fazhi/core/contracts';
import { ratePercent } from '@fazhi/core/statistics';
import { examPurposeBases, examPurposeLabels } from '@fazhi/core/training';
import { sql } from 'kysely';
import type { Actor } from '../../../../platform/access/actor';
import { scopeFilter } from '../../../../platform/access/scope';
import { notFound } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { MANAGE_EXAMS, READ } from '../../policy';

const reach = (services: Services, actor: Actor) =>
  sql<boolean>`(${scopeFilter(services.registry.grants, actor, READ, 'e.org_id')} OR ${scopeFilter(
    services.registry.grants,
    actor,
    MANAGE_EXAMS,
    'e.org_id',
  )})`;

function examsQuery(services: Services, actor: Actor) {
  const candidates = sql<number>`(SELECT count(*) FROM training_exam_candidates c WHERE c.exam_id = e.id)::int`;
  const sat = sql<number>`(SELECT count(DISTINCT s.user_id) FROM training_sittings s
    WHERE s.exam_id = e.id AND s.status = 'submitted')::int`;
  const passed = sql<number>`(SELECT count(DISTINCT s.user_id) FROM training_sittings s
    WHERE s.exam_id = e.id AND s.passed)::int`;
  return services.db
    .selectFrom('training_exams as e')
    .innerJoin('orgs as o', 'o.id', 'e.org_id')
    .selectAll('e')
    .select(['o.name as org_name', candidates.as('candidates'), sat.as('sat'), passed.as('passed')])
    .where(reach(services, actor));
}

type ExamRow = Awaited<ReturnType<ReturnType<typeof examsQuery>['execute']>>[number];

const present = (e: ExamRow): TrainingExam => ({
  id: e.id,
  orgId: e.org_id,
  orgName: e.org_name,
  title: e.title,
  purpose: e.purpose,
  purposeLabel: examPurposeLabels[e.purpose],
  basis: examPurposeBases[e.purpose],
  blueprint: e.blueprint,
  totalPoints: e.total_points,
  passMark: e.pass_mark,
  minutes: e.minutes,
  attempts: e.attempts,
  opensOn: e.opens_on,
  closesOn: e.closes_on,
  candidates: e.candidates,
  sat: e.sat,
  passed: e.passed,
  passRate: ratePercent(e.passed, e.sat),
  isDemo: e.is_demo,
});

export async function listExams(services: Services, actor: Actor) {
  const rows = await examsQuery(services, actor).orderBy('e.opens_on', 'desc').orderBy('e.title').limit(500).execute();
  return { items: rows.map(present) };
}

export async function examResults(services: Services, actor: Actor, id: string): Promise<TrainingExamResults> {
  const exam = await examsQuery(services, actor).where('e.id', '=', id).executeTakeFirst();
  if (!exam) throw notFound('考试');
  const candidates = await services.db
    .selectFrom('training_exam_candidates as c')
    .innerJoin('users as u', 'u.id', 'c.user_id')
    .leftJoin('orgs as o', 'o.id', 'u.home_org_id')
    .select(['c.user_id', 'c.officer_id', 'u.display_name', 'o.name as org_name'])
    .where('c.exam_id', '=', id)
    .orderBy('o.name')
    .orderBy('u.display_name')
    .execute();
  const sittings = await services.db
    .selectFrom('training_sittings')
    .select(['id', 'user_id', 'attempt_no', 'seed', 'started_at', 'submitted_at', 'score', 'passed'])
    .where('exam_id', '=', id)
    .orderBy('attempt_no')
    .execute();
  return {
    exam: present(exam),
    items: candidates.map((c) => {
      const own = sittings.filter((s) => s.user_id === c.user_id);
      const scores = own.flatMap((s) => (s.score === null ? [] : [s.score]));
      return {
        userId: c.user_id,
        name: c.display_name,
        orgName: c.org_name ?? '',
        officerId: c.officer_id,
        attemptsUsed: own.length,
        bestScore: scores.length ? Math.max(...scores) : null,
        passed: own.some((s) => s.passed === true),
        sittings: own.map((s) => ({
          id: s.id,
          attemptNo: s.attempt_no,
          seed: String(s.seed),
          startedAt: s.started_at.toISOString(),
          submittedAt: s.submitted_at?.toISOString() ?? null,
          score: s.score,
          passed: s.passed,
        })),
      };
    }),
  };
}
