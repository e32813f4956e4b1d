// 我的考试: the exams the signed-in person is a candidate of, with the attempts used, the best score, a sitting
// still running and, when a new one may not start, why. Read at the candidate's own unit through the scope
// chokepoint with the sitting action, and only the candidate's own rows.
import type { MyTrainingExam } from '@fazhi/core/contracts';
import { examPurposeLabels, startRefusal } from '@fazhi/core/training';
import type { Actor } from '../../../../platform/access/actor';
import { scopeFilter } from '../../../../platform/access/scope';
import type { Services } from '../../../../platform/services';
import { SIT } from '../../policy';

export async function myExams(services: Services, actor: Actor): Promise<{ items: MyTrainingExam[] }> {
  const rows = await services.db
    .selectFrom('training_exam_candidates as c')
    .innerJoin('training_exams as e', 'e.id', 'c.exam_id')
    .innerJoin('orgs as o', 'o.id', 'e.org_id')
    .innerJoin('users as u', 'u.id', 'c.user_id')
    .selectAll('e')
    .select('o.name as org_name')
    .where('c.user_id', '=', actor.userId)
    .where(scopeFilter(services.registry.grants, actor, SIT, 'u.home_org_id'))
    .orderBy('e.closes_on', 'desc')
    .limit(200)
    .execute();
  const sittings = rows.length
    ? await services.db
        .selectFrom('training_sittings')
        .select(['id', 'exam_id', 'status', 'score', 'passed', 'ends_at'])
        .where('user_id', '=', actor.userId)
        .where(
          'exam_id',
          'in',
          rows.map((r) => r.id),
        )
        .execute()
    : [];
  const today = services.clock.today();
  const now = services.clock.now();
  return {
    items: rows.map((e) => {
      const own = sittings.filter((s) => s.exam_id === e.id);
      const running = own.find((s) => s.status === 'in_progress' && s.ends_at > now) ?? null;
      const scores = own.flatMap((s) => (s.score === null ? [] : [s.score]));
      const passed = own.some((s) => s.passed === true);
      // a sitting whose time ran out counts as used; the next start marks it
      return {
        examId: e.id,
        title: e.title,
        purposeLabel: examPurposeLabels[e.purpose],
        orgName: e.org_name,
        opensOn: e.opens_on,
        closesOn: e.closes_on,
        minutes: e.minutes,
        attempts: e.attempts,
        attemptsUsed: own.length,
        totalPoints: e.total_points,
        passMark: e.pass_mark,
        bestScore: scores.length ? Math.max(...scores) : null,
        passed,
        runningSittingId: running?.id ?? null,
        startRefusal: running
          ? null
          : startRefusal({
              running: false,
              attemptsUsed: own.length,
              attemptsAllowed: e.attempts,
              opensOn: e.opens_on,
              closesOn: e.closes_on,
              today,
              passed,
            }),
      };
    }),
  };
}
