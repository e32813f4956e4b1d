// The workbench: the open statutory deadlines whose responsible unit is in the user's scope (through the scope
// chokepoint, action workbench.read) and whose record the user may read there (the read action each module declares
// for its kind of record in the manifest's `subjectTypes`), soonest first, with counts per kind and warning level.
// The level is derived from the due date and today with the region's calendar (platform/deadlines levels.ts), so
// the list and the counts agree and a deadline long past shows red whatever the sweep last stored.
import { sql, type SqlBool } from 'kysely';
import type { Actor } from '../../../platform/access/actor';
import { scopeFilter } from '../../../platform/access/scope';
import type { Services } from '../../../platform/services';
import { unreadCount } from '../../../platform/notifications';
import { floorOf, levelContext, levelOf, levelSql, notMetFloorSql } from '../../../platform/deadlines';
import { firstSteps } from './first-steps';
import type { Workbench } from '@fazhi/core/contracts';

/** The to-do list shows the soonest deadlines; the counts cover all of them. */
export const maxTodos = 200;

export async function getWorkbench(services: Services, actor: Actor): Promise<Workbench> {
  const { grants, subjectTypes } = services.registry;
  // a kind of record no module declares has no reader, so its deadlines are listed to nobody
  const readable = [...subjectTypes].map(
    ([type, def]) =>
      sql<SqlBool>`(d.subject_type = ${type} AND ${scopeFilter(grants, actor, def.readAction, 'd.responsible_org_id')})`,
  );
  const inScope = sql<SqlBool>`(${scopeFilter(grants, actor, 'workbench.read', 'd.responsible_org_id')} AND (${
    readable.length ? sql.join(readable, sql` OR `) : sql`false`
  }))`;
  const regions = await services.db
    .selectFrom('deadlines as d')
    .select('d.region_code')
    .distinct()
    .where('d.status', '=', 'open')
    .where(inScope)
    .execute();
  const levels = await levelContext(
    services.db,
    services.clock.today(),
    regions.map((r) => r.region_code),
  );
  const level = levelSql(levels);
  // a floor (不少于…) is a to-do until its day and met from then on, so no longer listed or counted
  const listed = notMetFloorSql(levels);
  const [todos, counts, unread] = await Promise.all([
    services.db
      .selectFrom('deadlines as d')
      .innerJoin('orgs as o', 'o.id', 'd.responsible_org_id')
      .select([
        'd.id',
        'd.subject_type',
        'd.subject_title',
        'd.link',
        'd.label',
        'd.due_on',
        'd.region_code',
        'd.basis',
        'd.provisional',
        'd.bound',
        'o.name as org_name',
      ])
      .where('d.status', '=', 'open')
      .where(inScope)
      .where(listed)
      .orderBy('d.due_on')
      .orderBy('d.subject_title')
      .limit(maxTodos)
      .execute(),
    services.db
      .selectFrom('deadlines as d')
      .select([
        'd.subject_type',
        sql<string>`count(*)`.as('open'),
        sql<string>`count(*) FILTER (WHERE ${level} = 'yellow')`.as('yellow'),
        sql<string>`count(*) FILTER (WHERE ${level} = 'orange')`.as('orange'),
        sql<string>`count(*) FILTER (WHERE ${level} = 'red')`.as('red'),
      ])
      .where('d.status', '=', 'open')
      .where(inScope)
      .where(listed)
      .groupBy('d.subject_type')
      .orderBy('d.subject_type')
      .execute(),
    unreadCount(services.db, actor.userId),
  ]);
  return {
    todos: todos.map((t) => ({
      deadlineId: t.id,
      subjectType: t.subject_type,
      subjectTitle: t.subject_title,
      link: t.link,
      label: t.label,
      dueOn: t.due_on,
      warningLevel: t.bound === 'floor' ? ('none' as const) : levelOf(levels, t.region_code, t.due_on),
      bound: t.bound,
      owedWorkingDays: t.bound === 'floor' ? floorOf(levels, t.region_code, t.due_on).owedWorkingDays : null,
      basis: t.basis,
      provisional: t.provisional,
      responsibleOrgName: t.org_name,
    })),
    counts: counts.map((c) => ({
      subjectType: c.subject_type,
      label: subjectTypes.get(c.subject_type)?.label ?? c.subject_type,
      open: Number(c.open),
      yellow: Number(c.yellow),
      orange: Number(c.orange),
      red: Number(c.red),
    })),
    unreadNotifications: unread,
    firstSteps: await firstSteps(services, actor),
  };
}
