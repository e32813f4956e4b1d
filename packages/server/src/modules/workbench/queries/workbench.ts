// The workbench: the open statutory deadlines whose responsible unit is in the user's scope (through the scope
// chokepoint, action workbench.read) and whose record the user may read there (the read action each module declares
// for its kind of record in the manifest's `subjectTypes`), soonest first, with counts per kind and warning level.
import { sql, type SqlBool } from 'kysely';
import type { Actor } from '../../../platform/access/actor';
import { scopeFilter } from '../../../platform/access/scope';
import type { Services } from '../../../platform/services';
import { unreadCount } from '../../../platform/notifications';
import { firstSteps } from './first-steps';

/** The to-do list shows the soonest deadlines; the counts cover all of them. */
export const maxTodos = 200;

export async function getWorkbench(services: Services, actor: Actor) {
  const { grants, subjectTypes } = services.registry;
  // a kind of record no module declares has no reader, so its deadlines are listed to nobody
  const readable = [...subjectTypes].map(
    ([type, def]) =>
      sql<SqlBool>`(d.subject_type = ${type} AND ${scopeFilter(grants, actor, def.readAction, 'd.responsible_org_id')})`,
  );
  const inScope = sql<SqlBool>`(${scopeFilter(grants, actor, 'workbench.read', 'd.responsible_org_id')} AND (${
    readable.length ? sql.join(readable, sql` OR `) : sql`false`
  }))`;
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
        'd.warning_level',
        'd.basis',
        'd.provisional',
        'o.name as org_name',
      ])
      .where('d.status', '=', 'open')
      .where(inScope)
      .orderBy('d.due_on')
      .orderBy('d.subject_title')
      .limit(maxTodos)
      .execute(),
    services.db
      .selectFrom('deadlines as d')
      .select([
        'd.subject_type',
        sql<string>`count(*)`.as('open'),
        sql<string>`count(*) FILTER (WHERE d.warning_level = 'yellow')`.as('yellow'),
        sql<string>`count(*) FILTER (WHERE d.warning_level = 'orange')`.as('orange'),
        sql<string>`count(*) FILTER (WHERE d.warning_level = 'red')`.as('red'),
      ])
      .where('d.status', '=', 'open')
      .where(inScope)
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
      warningLevel: t.warning_level,
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
