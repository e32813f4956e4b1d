// Adding a region's local holiday (《全国年节及纪念日放假办法》第四条: 少数民族习惯的节日，由各少数民族聚居地区的地方
// 人民政府按照该民族习惯，规定放假日期). It applies to the region and all its sub-regions, and moves the open
// deadlines of that subtree that it affects.
import { randomUUID } from 'node:crypto';
import { checkLocalHoliday } from '@fazhi/core/calendar';
import { invalid, notFound } from '../../../platform/errors';
import { chineseDate } from '../../../platform/display-dates';
import { inWriteTransaction, type WriteContext } from '../../../platform/write';
import type { Services } from '../../../platform/services';
import { calendarPolicy } from '../policy';
import { authorizeAs } from '../../../platform/access/policy';
import { lockCalendarChanges, recordCalendarChange } from './record-change';

export interface LocalHolidayInput {
  regionCode: string;
  name: string;
  from: string;
  to: string;
  makeUpWorkdays: string[];
  source: string;
}

export async function addLocalHoliday(services: Services, ctx: WriteContext, input: LocalHolidayInput) {
  const region = await services.db
    .selectFrom('regions')
    .select(['code', 'name', 'path'])
    .where('code', '=', input.regionCode)
    .executeTakeFirst();
  if (!region) throw notFound('行政区划');
  const record = { regionPath: region.path, regionName: region.name };
  authorizeAs(services.registry.grants, ctx.actor, calendarPolicy, 'addLocalHoliday', record);
  const issues = checkLocalHoliday(input);
  if (issues.length) throw invalid('LOCAL_HOLIDAY_INVALID', `地方节假日有误：${issues[0]?.message ?? ''}`, issues);
  return inWriteTransaction(services, ctx, async (w) => {
    await lockCalendarChanges(w.tx);
    const id = randomUUID();
    const makeUpWorkdays = [...input.makeUpWorkdays].sort();
    await w.tx
      .insertInto('calendar_local_holidays')
      .values({
        region_code: region.code,
        id,
        name: input.name,
        from_on: input.from,
        to_on: input.to,
        make_up_workdays: JSON.stringify(makeUpWorkdays),
        source: input.source,
        created_by: ctx.actor?.userId ?? null,
      })
      .execute();
    // the summary is read on screen: dates in the display style, not the API's ISO form
    const span =
      input.from === input.to ? chineseDate(input.from) : `${chineseDate(input.from)}至${chineseDate(input.to)}`;
    const change = await recordCalendarChange(w, {
      kind: 'local_holiday_added',
      region,
      localHolidayId: id,
      what: `${region.name}新增地方节假日“${input.name}”（${span}，依据：${input.source}）`,
      why: `${region.name}新增地方节假日“${input.name}”`,
      changes: {
        regionCode: region.code,
        name: input.name,
        from: input.from,
        to: input.to,
        makeUpWorkdays,
        source: input.source,
      },
    });
    return { id, change };
  });
}
