// The calendar change log. Every calendar reader sees what changed and how many deadlines moved; the moved
// deadlines themselves name records, so a reader sees only those of units in their scope (the deadlines they may
// see on the workbench, or the region they administer the calendar of).
import { sql, type SqlBool } from 'kysely';
import type { Actor } from '../../../platform/access/actor';
import { scopeFilter } from '../../../platform/access/scope';
import { pageOf, pageSlice, type PageRequest } from '../../../platform/db/paginate';
import type { Services } from '../../../platform/services';
import type { CalendarChangeDetail, CalendarChangeSummary, Page } from '@fazhi/core/contracts';

const summaryColumns = ['c.id', 'c.at', 'c.actor_name', 'c.summary', 'c.moved_count'] as const;

function present(r: { id: string; at: Date; actor_name: string | null; summary: string; moved_count: number }) {
  return { id: r.id, at: r.at.toISOString(), actorName: r.actor_name, summary: r.summary, movedCount: r.moved_count };
}

export async function listChanges(services: Services, q: PageRequest): Promise<Page<CalendarChangeSummary>> {
  const [rows, total] = await Promise.all([
    services.db
      .selectFrom('calendar_changes as c')
      .select(summaryColumns)
      .orderBy('c.at', 'desc')
      .orderBy('c.id')
      .limit(pageSlice(q).limit)
      .offset(pageSlice(q).offset)
      .execute(),
    services.db
      .selectFrom('calendar_changes')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirst(),
  ]);
  return pageOf(q, total?.n, rows.map(present));
}

export async function getChange(
  services: Services,
  actor: Actor | null,
  id: string,
): Promise<CalendarChangeDetail | null> {
  const change = await services.db
    .selectFrom('calendar_changes as c')
    .select(summaryColumns)
    .where('c.id', '=', id)
    .executeTakeFirst();
  if (!change) return null;
  const grants = services.registry.grants;
  const visible = sql<SqlBool>`(${scopeFilter(grants, actor, 'workbench.read', 'm.responsible_org_id')} OR ${scopeFilter(grants, actor, 'calendar.manage', 'm.responsible_org_id')})`;
  const moves = await services.db
    .selectFrom('calendar_change_moves as m')
    .selectAll('m')
    .where('m.change_id', '=', id)
    .where(visible)
    .orderBy('m.new_due')
    .orderBy('m.subject_title')
    .execute();
  return {
    ...present(change),
    moves: moves.map((m) => ({
      deadlineId: m.deadline_id,
      subjectType: m.subject_type,
      subjectTitle: m.subject_title,
      link: m.link,
      label: m.label,
      ruleId: m.rule_id,
      basis: m.basis,
      previousDue: m.previous_due,
      newDue: m.new_due,
      regionCode: m.region_code,
    })),
  };
}
