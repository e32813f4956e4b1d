// Loading a year's 国务院办公厅 holiday notice, or correcting a loaded one. The arrangement is checked first
// (core's checkHolidayNotice: spans, make-up days, the year), nothing is written when it fails, and the change then
// moves every open deadline it affects (a newly announced holiday moves deadlines already set).
import { checkHolidayNotice, type HolidayEntry, type HolidayNotice } from '@fazhi/core/calendar';
import { invalid } from '../../../platform/errors';
import { inWriteTransaction, type Writer, type WriteContext } from '../../../platform/write';
import type { Services } from '../../../platform/services';
import { calendarPolicy, nationalCalendar } from '../policy';
import { authorizeAs } from '../../../platform/access/policy';
import { lockCalendarChanges, recordCalendarChange, type CalendarChangeSummary } from './record-change';

export interface HolidayNoticeInput {
  source: HolidayNotice;
  holidays: HolidayEntry[];
}

/** Whether two arrangements give the same days (jsonb does not keep key order, so compare field by field). */
function sameDays(a: readonly HolidayEntry[], b: readonly HolidayEntry[]): boolean {
  const key = (list: readonly HolidayEntry[]) =>
    list
      .map((h) => [h.name, h.from, h.to, [...h.makeUpWorkdays].sort().join(',')].join('|'))
      .sort()
      .join(';');
  return key(a) === key(b);
}

/** Writes the year inside the caller's transaction (also used at start-up for a newly shipped year). */
export async function writeHolidayNotice(
  w: Writer,
  year: number,
  input: HolidayNoticeInput,
  origin: 'shipped' | 'notice',
): Promise<CalendarChangeSummary> {
  const issues = checkHolidayNotice(year, input.holidays);
  if (issues.length) throw invalid('CALENDAR_NOTICE_INVALID', `节假日安排有误：${issues[0]?.message ?? ''}`, issues);
  await lockCalendarChanges(w.tx);
  const years = await w.tx
    .selectFrom('calendar_years')
    .select(['year', 'source', 'holidays'])
    .orderBy('year')
    .execute();
  const existing = years.find((y) => y.year === year);
  const first = years[0]?.year;
  const last = years[years.length - 1]?.year;
  // The engine counts over consecutive years; a gap would leave a year without its notice.
  if (!existing && first !== undefined && last !== undefined && year !== last + 1 && year !== first - 1) {
    throw invalid('CALENDAR_YEAR_NOT_CONSECUTIVE', `只能载入与已载入年度（${first}–${last}年）相邻的年度`, [
      { path: 'year', message: `应载入 ${last + 1} 年或 ${first - 1} 年` },
    ]);
  }
  const holidays = input.holidays.map((h) => ({
    name: h.name,
    from: h.from,
    to: h.to,
    makeUpWorkdays: [...h.makeUpWorkdays].sort(),
    ...(h.note ? { note: h.note } : {}),
  }));
  const source: HolidayNotice = {
    title: input.source.title,
    ...(input.source.docNumber ? { docNumber: input.source.docNumber } : {}),
    ...(input.source.issuedOn ? { issuedOn: input.source.issuedOn } : {}),
    ...(input.source.note ? { note: input.source.note } : {}),
  };
  const values = {
    source: JSON.stringify(source),
    holidays: JSON.stringify(holidays),
    origin,
    updated_at: w.clock.now(),
    updated_by: w.ctx.actor?.userId ?? null,
  };
  if (existing) {
    await w.tx.updateTable('calendar_years').set(values).where('year', '=', year).execute();
  } else {
    await w.tx
      .insertInto('calendar_years')
      .values({ year, ...values })
      .execute();
  }
  const unchanged = existing && sameDays(existing.holidays, holidays);
  const kind = existing ? 'year_corrected' : 'year_loaded';
  const what = existing
    ? `更正${year}年节假日安排（${source.title}）${unchanged ? '：放假和调休日期未变' : ''}`
    : `载入${year}年节假日安排（${source.title}${source.docNumber ? `，${source.docNumber}` : ''}）`;
  return recordCalendarChange(w, {
    kind,
    region: null,
    year,
    what,
    why: existing ? `${year}年节假日安排更正` : `${year}年节假日安排载入`,
    changes: {
      year,
      source,
      holidays,
      ...(existing ? { previous: { source: existing.source, holidays: existing.holidays } } : {}),
    },
  });
}

export async function loadHolidayNotice(
  services: Services,
  ctx: WriteContext,
  year: number,
  input: HolidayNoticeInput,
): Promise<CalendarChangeSummary> {
  authorizeAs(services.registry.grants, ctx.actor, calendarPolicy, 'manageNational', nationalCalendar);
  return inWriteTransaction(services, ctx, (w) => writeHolidayNotice(w, year, input, 'notice'));
}
