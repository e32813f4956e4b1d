// The days of a range as the region's calendar sees them, for the console's year view.
import { parseIsoDate, formatIsoDate } from '@fazhi/core/calendar';
import { badRequest, notFound } from '../../../platform/errors';
import { calendarOf, loadCalendarSnapshot, regionChain } from '../../../platform/deadlines';
import type { Services } from '../../../platform/services';
import type { CalendarDay } from '@fazhi/core/contracts';

export const maxDaysPerCall = 400;

export async function listDays(
  services: Services,
  from: string,
  to: string,
  regionCode?: string,
): Promise<{ items: CalendarDay[] }> {
  const start = parseIsoDate(from);
  const end = parseIsoDate(to);
  if (end < start) throw badRequest('结束日期不能早于开始日期', [{ path: 'to', message: '结束日期不能早于开始日期' }]);
  if (end - start + 1 > maxDaysPerCall) {
    throw badRequest(`一次最多查询${maxDaysPerCall}天`, [{ path: 'to', message: `一次最多查询${maxDaysPerCall}天` }]);
  }
  let chain: string[] = [];
  if (regionCode) {
    const exists = await services.db
      .selectFrom('regions')
      .select('code')
      .where('code', '=', regionCode)
      .executeTakeFirst();
    if (!exists) throw notFound('行政区划');
    chain = await regionChain(services.db, regionCode);
  }
  const calendar = calendarOf(await loadCalendarSnapshot(services.db), chain);
  const items: CalendarDay[] = [];
  for (let d = start; d <= end; d++) {
    const info = calendar.dayInfo(formatIsoDate(d));
    const reason = {
      workday: '工作日',
      weekend: '周末',
      holiday: `法定节假日（${info.holidayName ?? ''}）`,
      local_holiday: `地方节日（${info.holidayName ?? ''}）`,
      makeup_workday: '调休上班日',
    }[info.reason];
    items.push({ date: info.date, workday: info.working, reason, provisional: info.provisional });
  }
  return { items };
}
