// Date arithmetic on "day numbers" (days since 1970-01-01, proleptic Gregorian calendar). Statutory periods are
// counted in whole days of the Chinese civil calendar, so an integer day number is the exact model: no time
// zone, no daylight saving, no Date object in the hot path. Conversions use Howard Hinnant's civil-date
// algorithms, which are exact for every year and need only integer operations.
import { CalendarError } from './errors';

/** A calendar date written 'YYYY-MM-DD'. */
export type IsoDate = string;
/** A point in time written 'YYYY-MM-DDTHH:mm:ss+08:00' (Beijing time). */
export type IsoDateTime = string;
/** Days since 1970-01-01. */
export type DayNumber = number;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return MONTH_DAYS[month - 1] ?? 0;
}

export function dayNumberFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export function civilFromDayNumber(dayNumber: DayNumber): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/** Reads `len` decimal digits at `at`; -1 if any character is not a digit. */
function readNumber(s: string, at: number, len: number): number {
  let n = 0;
  for (let i = at; i < at + len; i++) {
    const d = digit(s, i);
    if (d < 0) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** The day number of a strict 'YYYY-MM-DD' date, or undefined when the text is not a real calendar date. */
export function tryParseIsoDate(text: string): DayNumber | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const year = readNumber(text, 0, 4);
  const month = readNumber(text, 5, 2);
  const day = readNumber(text, 8, 2);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayNumberFromCivil(year, month, day);
}

/** Parses a strict 'YYYY-MM-DD' date; rejects impossible dates such as '2025-02-30'. */
export function parseIsoDate(text: string): DayNumber {
  const n = tryParseIsoDate(text);
  if (n === undefined)
    throw new CalendarError('INVALID_DATE', `“${text}”不是有效的日期，应为 YYYY-MM-DD 格式的真实日期`);
  return n;
}

export function isIsoDate(text: string): boolean {
  return tryParseIsoDate(text) !== undefined;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function formatIsoDate(dayNumber: DayNumber): IsoDate {
  const { year, month, day } = civilFromDayNumber(dayNumber);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. 1970-01-01 was a Thursday. */
export function isoWeekday(dayNumber: DayNumber): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

export function isWeekend(dayNumber: DayNumber): boolean {
  return isoWeekday(dayNumber) >= 6;
}

export function yearOf(dayNumber: DayNumber): number {
  return civilFromDayNumber(dayNumber).year;
}

/**
 * Adds calendar months. 《中华人民共和国民法典》第二百零二条: a period counted in months ends on the
 * corresponding day of the last month; if that month has no such day, it ends on the month's last day
 * (so Jan 31 + 1 month = Feb 28, or Feb 29 in a leap year). Negative `months` count backwards the same way.
 */
export function addMonths(dayNumber: DayNumber, months: number): DayNumber {
  const { year, month, day } = civilFromDayNumber(dayNumber);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return dayNumberFromCivil(y, m, Math.min(day, daysInMonth(y, m)));
}

const WEEKDAY_NAMES = ['一', '二', '三', '四', '五', '六', '日'];

export function weekdayLabel(dayNumber: DayNumber): string {
  return `星期${WEEKDAY_NAMES[isoWeekday(dayNumber) - 1] ?? ''}`;
}

/** '2025年2月7日（星期五）': the form a clerk reads in explanations. */
export function chineseDate(dayNumber: DayNumber): string {
  const { year, month, day } = civilFromDayNumber(dayNumber);
  return `${year}年${month}月${day}日（${weekdayLabel(dayNumber)}）`;
}

// ---- instants (for periods counted in hours) ----------------------------------------------------------------
// Instants are kept as "Beijing wall-clock seconds since 1970-01-01T00:00": China has used UTC+8 without daylight
// saving since 1991, so converting an explicit offset to +08:00 is a fixed shift.

const BEIJING_OFFSET_SECONDS = 8 * 3600;

/**
 * Parses 'YYYY-MM-DD', 'YYYY-MM-DDTHH:mm' or 'YYYY-MM-DDTHH:mm:ss', optionally followed by 'Z' or '±HH:mm'.
 * Without an offset the time is Beijing time; a bare date means 00:00 of that day.
 */
export function parseInstant(text: string): number {
  const fail = (): never => {
    throw new CalendarError(
      'INVALID_DATETIME',
      `“${text}”不是有效的时间，应为 YYYY-MM-DDTHH:mm[:ss][+08:00] 格式（不带时区时按北京时间）`,
    );
  };
  const day = tryParseIsoDate(text.slice(0, 10));
  if (day === undefined) return fail();
  if (text.length === 10) return day * 86400;
  const m = /^T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?$/.exec(text.slice(10));
  if (!m) return fail();
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  const seconds = m[3] === undefined ? 0 : Number(m[3]);
  if (hours > 23 || minutes > 59 || seconds > 59) return fail();
  let shift = 0;
  const zone = m[4];
  if (zone !== undefined && zone !== 'Z') {
    const zh = Number(zone.slice(1, 3));
    const zm = Number(zone.slice(4, 6));
    if (zh > 14 || zm > 59) return fail();
    shift = (zone.startsWith('-') ? -1 : 1) * (zh * 3600 + zm * 60);
  }
  const wall = day * 86400 + hours * 3600 + minutes * 60 + seconds;
  // An explicit offset is converted to UTC first, then to Beijing wall-clock time.
  return zone === undefined ? wall : wall - shift + BEIJING_OFFSET_SECONDS;
}

export function formatInstant(beijingSeconds: number): IsoDateTime {
  const day = Math.floor(beijingSeconds / 86400);
  const rest = beijingSeconds - day * 86400;
  const h = Math.floor(rest / 3600);
  const m = Math.floor((rest % 3600) / 60);
  const s = rest % 60;
  return `${formatIsoDate(day)}T${pad2(h)}:${pad2(m)}:${pad2(s)}+08:00`;
}

export function chineseInstant(beijingSeconds: number): string {
  const day = Math.floor(beijingSeconds / 86400);
  const rest = beijingSeconds - day * 86400;
  return `${chineseDate(day)}${pad2(Math.floor(rest / 3600))}:${pad2(Math.floor((rest % 3600) / 60))}（北京时间）`;
}
