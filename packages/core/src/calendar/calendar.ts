// The working-day calendar. Built once from the yearly notices (and a region's local holidays), it precomputes a
// working-day ordinal for every covered day, so "N working days after d" is one array read and one index lookup
// instead of a loop over days. Outside the loaded years Monday–Friday are assumed to be working days, with the
// same O(1) arithmetic, and callers are told that such dates are provisional.
import {
  type DayNumber,
  type IsoDate,
  dayNumberFromCivil,
  formatIsoDate,
  isWeekend,
  parseIsoDate,
  tryParseIsoDate,
  weekdayLabel,
} from './dates';
import { CalendarError } from './errors';
import type { CalendarYearData, LocalHoliday } from './types';

export type DayReason = 'workday' | 'weekend' | 'holiday' | 'local_holiday' | 'makeup_workday';

export const dayReasonLabels = {
  workday: '工作日',
  weekend: '周末休息日',
  holiday: '法定节假日（放假调休）',
  local_holiday: '地方节假日',
  makeup_workday: '调休上班日',
} satisfies Record<DayReason, string>;

export interface DayInfo {
  date: IsoDate;
  weekday: string;
  working: boolean;
  reason: DayReason;
  holidayName?: string;
  /** Region that set a local holiday. */
  regionCode?: string;
  /** The date lies outside the loaded years: Monday–Friday assumed working. */
  provisional: boolean;
}

export interface HolidayRange {
  name: string;
  from: IsoDate;
  to: IsoDate;
  days: number;
  /** The notice year (for local holidays: the year of `from`). */
  year: number;
  /** Title of the notice or local rule. */
  source: string;
  docNumber?: string;
  regionCode?: string;
  note?: string;
}

export interface MakeUpWorkday {
  date: IsoDate;
  weekday: string;
  name: string;
  year: number;
  source: string;
  docNumber?: string;
  regionCode?: string;
}

const KIND: Record<DayReason, number> = { workday: 0, weekend: 1, holiday: 2, local_holiday: 3, makeup_workday: 4 };
const REASONS: readonly DayReason[] = ['workday', 'weekend', 'holiday', 'local_holiday', 'makeup_workday'];

// Closed-form count of Monday–Friday days, used outside the table. MONDAY is a Monday (1970-01-05).
// weekdayCount(d) - weekdayCount(c) = number of Mon–Fri days in (c, d].
const MONDAY = 4;
function weekdayCount(day: DayNumber): number {
  const offset = day - MONDAY;
  const weeks = Math.floor(offset / 7);
  return weeks * 5 + Math.min(offset - weeks * 7 + 1, 5);
}
/** The Mon–Fri day whose weekdayCount is k. */
function weekdayWithCount(k: number): DayNumber {
  const weeks = Math.floor((k - 1) / 5);
  return MONDAY + weeks * 7 + (k - 1 - weeks * 5);
}

interface Span {
  range: HolidayRange;
  start: DayNumber;
  end: DayNumber;
}

/** Picks the local holidays of a region and its ancestors. `regionChain` runs from the province down. */
export function selectLocalHolidays(entries: readonly LocalHoliday[], regionChain: readonly string[]): LocalHoliday[] {
  const chain = new Set(regionChain);
  return entries.filter((e) => chain.has(e.regionCode));
}

/**
 * The usual ancestor chain of a 行政区划代码 (GB/T 2260 + township/village extensions):
 * '150202001' → ['150000', '150200', '150202', '150202001']. Callers with irregular hierarchies pass their own chain.
 */
export function regionChainOf(code: string): string[] {
  if (!/^\d{6}(\d{3}(\d{3})?)?$/.test(code))
    throw new CalendarError('INVALID_ARGUMENT', `行政区划代码“${code}”格式不正确`);
  const chain = [`${code.slice(0, 2)}0000`, `${code.slice(0, 4)}00`, code.slice(0, 6)];
  if (code.length >= 9) chain.push(code.slice(0, 9));
  if (code.length === 12) chain.push(code);
  return chain.filter((c, i) => chain.indexOf(c) === i);
}

function dateOrThrow(text: string, where: string): DayNumber {
  const n = tryParseIsoDate(text);
  if (n === undefined) throw new CalendarError('INVALID_CALENDAR', `${where}中的日期“${text}”无效`);
  return n;
}

export class WorkingCalendar {
  readonly firstYear: number;
  readonly lastYear: number;
  readonly regionCode: string | undefined;
  /** First and last day of the loaded years: dates outside are provisional. */
  readonly knownFrom: DayNumber;
  readonly knownTo: DayNumber;
  private readonly start: DayNumber;
  private readonly end: DayNumber;
  private readonly kinds: Uint8Array;
  /** Index into `spans` (day off) or `makeUps` (make-up day); -1 for none. */
  private readonly refs: Int16Array;
  /** ordinals[i] = working days in [start, start + i]. */
  private readonly ordinals: Int32Array;
  /** The table's working days, in order: workingDays[k - 1] has ordinal k. */
  private readonly workingDays: Int32Array;
  private readonly spans: Span[] = [];
  private readonly makeUps: { day: DayNumber; info: MakeUpWorkday }[] = [];

  constructor(years: readonly CalendarYearData[], localHolidays: readonly LocalHoliday[], regionCode?: string) {
    if (years.length === 0) throw new CalendarError('INVALID_CALENDAR', '至少需要载入一个年度的节假日安排');
    const sorted = [...years].sort((a, b) => a.year - b.year);
    sorted.forEach((y, i) => {
      const prev = sorted[i - 1];
      if (prev && y.year !== prev.year + 1) {
        throw new CalendarError('INVALID_CALENDAR', `年度必须连续且不重复（${prev.year} 之后为 ${y.year}）`);
      }
    });
    this.firstYear = sorted[0]?.year ?? 0;
    this.lastYear = sorted[sorted.length - 1]?.year ?? 0;
    this.regionCode = regionCode;
    this.knownFrom = dayNumberFromCivil(this.firstYear, 1, 1);
    this.knownTo = dayNumberFromCivil(this.lastYear, 12, 31);

    for (const y of sorted) {
      for (const h of y.holidays) {
        const where = `${y.year}年“${h.name}”`;
        const s = dateOrThrow(h.from, where);
        const e = dateOrThrow(h.to, where);
        if (e < s) throw new CalendarError('INVALID_CALENDAR', `${where}的结束日期早于开始日期`);
        const range: HolidayRange = {
          name: h.name,
          from: h.from,
          to: h.to,
          days: e - s + 1,
          year: y.year,
          source: y.source.title,
          ...(y.source.docNumber ? { docNumber: y.source.docNumber } : {}),
          ...(h.note ? { note: h.note } : {}),
        };
        this.spans.push({ range, start: s, end: e });
        for (const m of h.makeUpWorkdays) {
          const day = dateOrThrow(m, where);
          this.makeUps.push({ day, info: this.makeUpInfo(day, h.name, y.year, y.source.title, y.source.docNumber) });
        }
      }
    }
    for (const l of localHolidays) {
      const where = `地方节日“${l.name}”（${l.regionCode}）`;
      const s = dateOrThrow(l.from, where);
      const e = dateOrThrow(l.to, where);
      if (e < s) throw new CalendarError('INVALID_CALENDAR', `${where}的结束日期早于开始日期`);
      const year = Number(l.from.slice(0, 4));
      const range: HolidayRange = { name: l.name, from: l.from, to: l.to, days: e - s + 1, year, source: l.source };
      range.regionCode = l.regionCode;
      this.spans.push({ range, start: s, end: e });
      for (const m of l.makeUpWorkdays ?? []) {
        const day = dateOrThrow(m, where);
        const info = this.makeUpInfo(day, l.name, year, l.source, undefined);
        info.regionCode = l.regionCode;
        this.makeUps.push({ day, info });
      }
    }
    this.spans.sort((a, b) => a.start - b.start);
    this.makeUps.sort((a, b) => a.day - b.day);

    // The table covers the loaded years plus any entry that spills over (the 2023 notice starts on 2022-12-31).
    let start = this.knownFrom;
    let end = this.knownTo;
    for (const s of this.spans) {
      start = Math.min(start, s.start);
      end = Math.max(end, s.end);
    }
    for (const m of this.makeUps) {
      start = Math.min(start, m.day);
      end = Math.max(end, m.day);
    }
    this.start = start;
    this.end = end;
    const size = end - start + 1;
    this.kinds = new Uint8Array(size);
    this.refs = new Int16Array(size).fill(-1);
    for (let i = 0; i < size; i++) this.kinds[i] = isWeekend(start + i) ? KIND.weekend : KIND.workday;
    // National make-up days first, then days off, so a local holiday may take a national make-up day but a local
    // make-up day never cancels a national day off.
    this.makeUps.forEach((m, idx) => {
      if (m.info.regionCode === undefined) this.mark(m.day, KIND.makeup_workday, idx);
    });
    this.spans.forEach((s, idx) => {
      const kind = s.range.regionCode === undefined ? KIND.holiday : KIND.local_holiday;
      for (let d = s.start; d <= s.end; d++) {
        if (kind === KIND.local_holiday && this.kinds[d - start] === KIND.holiday) continue;
        this.mark(d, kind, idx);
      }
    });
    this.makeUps.forEach((m, idx) => {
      if (m.info.regionCode !== undefined && this.kinds[m.day - start] === KIND.weekend) {
        this.mark(m.day, KIND.makeup_workday, idx);
      }
    });

    this.ordinals = new Int32Array(size);
    let count = 0;
    for (let i = 0; i < size; i++) {
      const k = this.kinds[i];
      if (k === KIND.workday || k === KIND.makeup_workday) count++;
      this.ordinals[i] = count;
    }
    this.workingDays = new Int32Array(count);
    let j = 0;
    for (let i = 0; i < size; i++) {
      const k = this.kinds[i];
      if (k === KIND.workday || k === KIND.makeup_workday) this.workingDays[j++] = start + i;
    }
  }

  private makeUpInfo(day: DayNumber, name: string, year: number, source: string, docNumber?: string): MakeUpWorkday {
    const info: MakeUpWorkday = { date: formatIsoDate(day), weekday: weekdayLabel(day), name, year, source };
    if (docNumber) info.docNumber = docNumber;
    return info;
  }

  private mark(day: DayNumber, kind: number, ref: number): void {
    this.kinds[day - this.start] = kind;
    this.refs[day - this.start] = ref;
  }

  // ---- day-number API (days since 1970-01-01), for the engine and hot loops ----

  private kindAt(day: DayNumber): number {
    if (day < this.start || day > this.end) return isWeekend(day) ? KIND.weekend : KIND.workday;
    return this.kinds[day - this.start] ?? KIND.workday;
  }

  workingAt(day: DayNumber): boolean {
    const k = this.kindAt(day);
    return k === KIND.workday || k === KIND.makeup_workday;
  }

  /** A listed day off (national notice or local holiday), as opposed to an ordinary weekend. */
  holidayAt(day: DayNumber): boolean {
    const k = this.kindAt(day);
    return k === KIND.holiday || k === KIND.local_holiday;
  }

  provisionalAt(day: DayNumber): boolean {
    return day < this.knownFrom || day > this.knownTo;
  }

  /** Number of working days in (reference, day], relative to the table start; only differences are meaningful. */
  ordinalAt(day: DayNumber): number {
    if (day < this.start) return weekdayCount(day) - weekdayCount(this.start - 1);
    if (day > this.end) return this.workingDays.length + weekdayCount(day) - weekdayCount(this.end);
    return this.ordinals[day - this.start] ?? 0;
  }

  /** The working day whose ordinal is k. */
  dayWithOrdinal(k: number): DayNumber {
    const total = this.workingDays.length;
    if (k >= 1 && k <= total) return this.workingDays[k - 1] ?? 0;
    if (k > total) return weekdayWithCount(weekdayCount(this.end) + (k - total));
    return weekdayWithCount(weekdayCount(this.start - 1) + k);
  }

  /** The n-th working day after `day` (n > 0) or before it (n < 0); `day` itself is never counted. */
  shiftWorkingDays(day: DayNumber, n: number): DayNumber {
    if (n > 0) return this.dayWithOrdinal(this.ordinalAt(day) + n);
    if (n < 0) return this.dayWithOrdinal(this.ordinalAt(day - 1) + n + 1);
    return day;
  }

  /** The first working day on or after `day`. */
  nextWorkingDay(day: DayNumber): DayNumber {
    return this.dayWithOrdinal(this.ordinalAt(day - 1) + 1);
  }

  /** The last working day on or before `day`. */
  previousWorkingDay(day: DayNumber): DayNumber {
    return this.dayWithOrdinal(this.ordinalAt(day));
  }

  /** Days-off spans (national and local) that overlap [a, b]. */
  spansBetween(a: DayNumber, b: DayNumber): HolidayRange[] {
    return this.spans.filter((s) => s.end >= a && s.start <= b).map((s) => s.range);
  }

  /** Make-up working days in [a, b] that are in force (a local day off may cancel a national make-up day). */
  makeUpsBetween(a: DayNumber, b: DayNumber): MakeUpWorkday[] {
    const out: MakeUpWorkday[] = [];
    this.makeUps.forEach((m, idx) => {
      if (m.day < a || m.day > b || this.kindAt(m.day) !== KIND.makeup_workday) return;
      if (this.refs[m.day - this.start] === idx) out.push(m.info);
    });
    return out;
  }

  // ---- ISO-date API ----

  isWorkingDay(date: IsoDate): boolean {
    return this.workingAt(parseIsoDate(date));
  }

  dayInfo(date: IsoDate): DayInfo {
    const day = parseIsoDate(date);
    const kind = this.kindAt(day);
    const reason = REASONS[kind] ?? 'workday';
    const info: DayInfo = {
      date,
      weekday: weekdayLabel(day),
      working: reason === 'workday' || reason === 'makeup_workday',
      reason,
      provisional: this.provisionalAt(day),
    };
    const inTable = day >= this.start && day <= this.end;
    const ref = inTable ? (this.refs[day - this.start] ?? -1) : -1;
    if (ref >= 0 && (reason === 'holiday' || reason === 'local_holiday')) {
      const span = this.spans[ref];
      if (span) {
        info.holidayName = span.range.name;
        if (span.range.regionCode) info.regionCode = span.range.regionCode;
      }
    } else if (ref >= 0 && reason === 'makeup_workday') {
      const m = this.makeUps[ref];
      if (m) {
        info.holidayName = m.info.name;
        if (m.info.regionCode) info.regionCode = m.info.regionCode;
      }
    }
    return info;
  }

  /** The n-th working day after `date` (n ≥ 0) or before it (n < 0); `date` itself is not counted. */
  addWorkingDays(date: IsoDate, n: number): IsoDate {
    if (!Number.isInteger(n)) throw new CalendarError('INVALID_AMOUNT', `工作日数必须为整数，收到 ${n}`);
    return formatIsoDate(this.shiftWorkingDays(parseIsoDate(date), n));
  }

  /** Working days in (a, b]: `a` excluded, `b` included; negative when b < a. */
  workingDaysBetween(a: IsoDate, b: IsoDate): number {
    return this.ordinalAt(parseIsoDate(b)) - this.ordinalAt(parseIsoDate(a));
  }

  /** Days-off spans of a notice year (national, then local), in date order. Empty for a year not loaded. */
  daysOff(year: number): HolidayRange[] {
    return this.spans.filter((s) => s.range.year === year).map((s) => s.range);
  }

  makeUpWorkdays(year: number): MakeUpWorkday[] {
    return this.makeUps.filter((m) => m.info.year === year).map((m) => m.info);
  }
}

/**
 * Builds a working-day calendar from consecutive notice years and, optionally, local holidays. With `regionChain`
 * (ancestors first, e.g. ['150000', '150200', '150202']) only the local holidays of that chain apply, so a
 * sub-region inherits its province's and city's local days off; without it every given local holiday applies.
 */
export function buildCalendar(
  years: readonly CalendarYearData[],
  localHolidays: readonly LocalHoliday[] = [],
  regionChain?: readonly string[],
): WorkingCalendar {
  const local = regionChain ? selectLocalHolidays(localHolidays, regionChain) : localHolidays;
  return new WorkingCalendar(years, local, regionChain ? regionChain[regionChain.length - 1] : undefined);
}
