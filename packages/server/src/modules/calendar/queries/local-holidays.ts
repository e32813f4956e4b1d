// Local holidays: those that apply in a region (set by it or by a region above it), or all of them.
import type { Actor } from '../../../platform/access/actor';
import { regionChain } from '../../../platform/deadlines';
import { notFound } from '../../../platform/errors';
import type { Services } from '../../../platform/services';
import { policyContext } from '../../../platform/access/policy';
import { calendarPolicy } from '../policy';
import type { LocalHoliday } from '@fazhi/core/contracts';

export async function listLocalHolidays(
  services: Services,
  actor: Actor | null,
  regionCode?: string,
  id?: string,
): Promise<LocalHoliday[]> {
  let q = services.db
    .selectFrom('calendar_local_holidays as h')
    .innerJoin('regions as r', 'r.code', 'h.region_code')
    .select([
      'h.id',
      'h.region_code',
      'r.name as region_name',
      'r.path',
      'h.name',
      'h.from_on',
      'h.to_on',
      'h.make_up_workdays',
      'h.source',
    ])
    .orderBy('h.from_on', 'desc')
    .orderBy('h.region_code');
  if (regionCode) {
    const exists = await services.db
      .selectFrom('regions')
      .select('code')
      .where('code', '=', regionCode)
      .executeTakeFirst();
    if (!exists) throw notFound('行政区划');
    q = q.where('h.region_code', 'in', await regionChain(services.db, regionCode));
  }
  if (id) q = q.where('h.id', '=', id);
  const rows = await q.execute();
  const p = policyContext(services.registry.grants, actor);
  return rows.map((r) => ({
    id: r.id,
    regionCode: r.region_code,
    regionName: r.region_name,
    name: r.name,
    from: r.from_on,
    to: r.to_on,
    makeUpWorkdays: r.make_up_workdays,
    source: r.source,
    abilities: {
      delete: calendarPolicy.rules.removeLocalHoliday(p, { regionPath: r.path, regionName: r.region_name }),
    },
  }));
}
