// The loaded holiday years, newest first, as the console shows and edits them.
import type { Actor } from '../../../platform/access/actor';
import type { Services } from '../../../platform/services';
import { abilities, policyContext } from '../../../platform/access/policy';
import { calendarPolicy, nationalCalendar } from '../policy';
import type { CalendarYear } from '@fazhi/core/contracts';

export async function listYears(services: Services, actor: Actor | null, year?: number): Promise<CalendarYear[]> {
  let q = services.db
    .selectFrom('calendar_years')
    .select(['year', 'source', 'holidays', 'updated_at'])
    .orderBy('year', 'desc');
  if (year !== undefined) q = q.where('year', '=', year);
  const rows = await q.execute();
  const update = abilities(
    policyContext(services.registry.grants, actor),
    calendarPolicy,
    nationalCalendar,
  ).manageNational;
  return rows.map((r) => ({
    year: r.year,
    source: r.source,
    holidays: r.holidays.map((h) => ({
      name: h.name,
      from: h.from,
      to: h.to,
      makeUpWorkdays: [...h.makeUpWorkdays],
      ...(h.note ? { note: h.note } : {}),
    })),
    updatedAt: r.updated_at ? r.updated_at.toISOString() : null,
    abilities: { update },
  }));
}
