// 学法与法治讲座: the year's study sessions of the units in reach, newest first, and each government's and department's
// lectures so far this year against the region's minimum — the ones short of it warned, derived from today.
import type { StudySessionList } from '@fazhi/core/contracts';
import { LECTURE_MINIMUM_BASIS, lecturesShort, studyKindLabels } from '@fazhi/core/training';
import { sql } from 'kysely';
import type { Actor } from '../../../../platform/access/actor';
import { scopeFilter } from '../../../../platform/access/scope';
import type { Services } from '../../../../platform/services';
import { READ, RECORD } from '../../policy';
import { trainingSettings } from '../../settings';

export async function listStudySessions(
  services: Services,
  actor: Actor,
  q: { year?: number | undefined },
): Promise<StudySessionList> {
  const today = services.clock.today();
  const year = q.year ?? Number(today.slice(0, 4));
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const grants = services.registry.grants;
  const reach = (column: string) =>
    sql<boolean>`(${scopeFilter(grants, actor, READ, column)} OR ${scopeFilter(grants, actor, RECORD, column)})`;
  const rows = await services.db
    .selectFrom('training_study_sessions as s')
    .innerJoin('orgs as o', 'o.id', 's.org_id')
    .selectAll('s')
    .select('o.name as org_name')
    .where(reach('s.org_id'))
    .where('s.held_on', '>=', from)
    .where('s.held_on', '<=', to)
    .orderBy('s.held_on', 'desc')
    .orderBy('s.created_at', 'desc')
    .limit(1000)
    .execute();
  const regionCode = actor.assignments[0]?.regionCode ?? '';
  const minimum = await trainingSettings.read(services.db, regionCode, 'training.lectures.minimum-per-year');
  const held = sql<number>`(SELECT count(*) FROM training_study_sessions l WHERE l.org_id = o.id
    AND l.kind = 'lecture' AND l.held_on BETWEEN ${from}::date AND ${to}::date)::int`;
  const units = await services.db
    .selectFrom('orgs as o')
    .select(['o.id', 'o.name', 'o.kind', held.as('held')])
    .where('o.kind', 'in', ['government', 'department'])
    .where(reach('o.id'))
    .orderBy('o.kind', 'desc')
    .orderBy('o.sort_order')
    .orderBy('o.name')
    .execute();
  return {
    year,
    minimumLectures: minimum,
    basis: LECTURE_MINIMUM_BASIS,
    items: rows.map((r) => ({
      id: r.id,
      orgId: r.org_id,
      orgName: r.org_name,
      studyKind: r.kind,
      studyKindLabel: studyKindLabels[r.kind],
      heldOn: r.held_on,
      meetingName: r.meeting_name,
      topic: r.topic,
      laws: r.laws,
      explainedBy: r.explained_by,
      attendeeCount: r.attendee_count,
      isDemo: r.is_demo,
    })),
    lectures: units.map((u) => ({
      orgId: u.id,
      orgName: u.name,
      lectures: u.held,
      short: lecturesShort(u.held, minimum),
    })),
  };
}
