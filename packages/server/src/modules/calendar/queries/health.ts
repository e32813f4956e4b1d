// The calendar's part of GET /api/health: the years loaded, and a warning when the calendar runs out. The
// 国务院办公厅 publishes next year's arrangement usually in November (statutes.md §13.1); from 1 December a missing
// next year means every deadline reaching into it is computed as provisional.
import type { IsoDate } from '@fazhi/core/calendar';
import type { Db } from '../../../platform/db/connection';

export const nextYearWarningFrom = '12-01';

export async function calendarHealth(db: Db, today: IsoDate) {
  const row = await db
    .selectFrom('calendar_years')
    .select((eb) => [eb.fn.min('year').as('first'), eb.fn.max('year').as('last')])
    .executeTakeFirst();
  const firstYear = row?.first ?? null;
  const lastYear = row?.last ?? null;
  const year = Number(today.slice(0, 4));
  let warning: string | null = null;
  if (lastYear === null) warning = '未载入任何年度的节假日安排，期限无法计算';
  else if (lastYear < year) warning = `未载入${year}年节假日安排，涉及${year}年的期限均为暂定期限，请尽快载入`;
  else if (lastYear < year + 1 && today.slice(5) >= nextYearWarningFrom) {
    warning = `尚未载入${year + 1}年节假日安排（国务院办公厅通知一般于11月发布），涉及${year + 1}年的期限均为暂定期限`;
  }
  return { firstYear, lastYear, warning };
}
