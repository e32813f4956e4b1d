// Removing a region's local holiday (e.g. entered in error, or the local rule was repealed): the deadlines of the
// region's subtree it had moved are recomputed back.
import { authorizeAs } from '../../../platform/access/policy';
import { notFound } from '../../../platform/errors';
import { chineseDate } from '../../../platform/display-dates';
import { inWriteTransaction, type WriteContext } from '../../../platform/write';
import type { Services } from '../../../platform/services';
import { calendarPolicy } from '../policy';
import { lockCalendarChanges, recordCalendarChange } from './record-change';

export async function removeLocalHoliday(services: Services, ctx: WriteContext, id: string) {
  return inWriteTransaction(services, ctx, async (w) => {
    await lockCalendarChanges(w.tx);
    const row = await w.tx
      .selectFrom('calendar_local_holidays as h')
      .innerJoin('regions as r', 'r.code', 'h.region_code')
      .select([
        'h.region_code',
        'h.id',
        'h.name',
        'h.from_on',
        'h.to_on',
        'h.make_up_workdays',
        'h.source',
        'r.name as region_name',
        'r.path',
      ])
      .where('h.id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound('地方节假日');
    authorizeAs(services.registry.grants, ctx.actor, calendarPolicy, 'removeLocalHoliday', {
      regionPath: row.path,
      regionName: row.region_name,
    });
    await w.tx
      .deleteFrom('calendar_local_holidays')
      .where('region_code', '=', row.region_code)
      .where('id', '=', id)
      .execute();
    return recordCalendarChange(w, {
      kind: 'local_holiday_removed',
      region: { code: row.region_code, path: row.path },
      localHolidayId: id,
      what: `${row.region_name}删除地方节假日“${row.name}”（${chineseDate(row.from_on)}至${chineseDate(row.to_on)}）`,
      why: `${row.region_name}删除地方节假日“${row.name}”`,
      changes: {
        regionCode: row.region_code,
        name: row.name,
        from: row.from_on,
        to: row.to_on,
        makeUpWorkdays: row.make_up_workdays,
        source: row.source,
      },
    });
  });
}
