// The counting rules. Every function works on day numbers and returns a small trace (what was counted, paused,
// rolled) that explain.ts turns into Chinese sentences. None of them loops over the days of a period: working
// days are counted through the calendar's precomputed ordinals, calendar days by subtraction.
//
// Shared rules, with their sources:
// - The start day is not counted; counting begins the next day (《民事诉讼法》第八十五条, applied through
//   《行政复议法》第八十八条第一款 and 《行政诉讼法》第一百零一条).
// - "N日" periods that the law declares to be working days skip days off and count make-up working days
//   (《行政复议法》第八十八条第二款, 《行政处罚法》第八十五条); the 政府信息公开条例 writes "N个工作日" itself.
// - Calendar periods end on day start + N; months and years end on the corresponding day, or the month's last day
//   when there is none (《民法典》第二百零二条).
// - If the last day of a period is a statutory holiday, the period ends on the first day after it (《民事诉讼法》
//   第八十五条). By default any non-working day (weekends included) moves the last day, as most courts apply it;
//   `rollOnlyOnStatutoryHolidays` restricts this to the listed days off.
import type { WorkingCalendar } from './calendar';
import { type DayNumber, addMonths, dayNumberFromCivil, yearOf } from './dates';
import type { FixedDate, Unit } from './types';

export interface PauseSpan {
  start: DayNumber;
  end: DayNumber;
  reason?: string;
}

export interface PauseEffect extends PauseSpan {
  /** Units not counted because of this pause: working days for working-day periods, days otherwise. */
  skipped: number;
}

export interface Segment {
  /** The day the segment is counted from (not counted itself). */
  start: DayNumber;
  unit: Unit;
  amount: number;
  /** The last day of the period before any roll. */
  lastDay: DayNumber;
  /** The last day after the roll (equal to lastDay when no roll was needed). */
  end: DayNumber;
  /** Pauses that stopped the clock in this segment. */
  pauses: readonly PauseEffect[];
}

/** Shared empty result for the common case without pauses (never mutated). */
const NO_EFFECTS: readonly PauseEffect[] = Object.freeze([]);

export type RollMode = 'none' | 'forward' | 'backward';

export interface CountOptions {
  onlyHolidays: boolean;
}

const byStart = (a: PauseSpan, b: PauseSpan): number => a.start - b.start;

/** Sorts pauses and merges overlapping or adjacent ones, so that no day is skipped twice. */
export function mergePauses(pauses: readonly PauseSpan[]): PauseSpan[] {
  if (pauses.length === 0) return [];
  const sorted = [...pauses].sort(byStart);
  const out: PauseSpan[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && p.start <= last.end + 1) {
      last.end = Math.max(last.end, p.end);
      if (p.reason) last.reason = last.reason ? `${last.reason}；${p.reason}` : p.reason;
    } else {
      out.push({ ...p });
    }
  }
  return out;
}

/** Moves a last day that falls on a day off: forward for periods, backward for "at least N before" limits. */
export function roll(cal: WorkingCalendar, day: DayNumber, mode: RollMode, opts: CountOptions): DayNumber {
  if (mode === 'none') return day;
  if (!opts.onlyHolidays) return mode === 'forward' ? cal.nextWorkingDay(day) : cal.previousWorkingDay(day);
  // Only listed days off move the day; the loop runs at most the length of one holiday span.
  let d = day;
  const step = mode === 'forward' ? 1 : -1;
  while (cal.holidayAt(d)) d += step;
  return d;
}

// Module-level helpers rather than per-call closures: deadlines are recomputed in bulk by sweeps.
function advance(cal: WorkingCalendar, working: boolean, from: DayNumber, n: number): DayNumber {
  return working ? cal.shiftWorkingDays(from, n) : from + n;
}

/** Units counted in (a, b]. */
function unitsBetween(cal: WorkingCalendar, working: boolean, a: DayNumber, b: DayNumber): number {
  if (b <= a) return 0;
  return working ? cal.ordinalAt(b) - cal.ordinalAt(a) : b - a;
}

/**
 * Counts `amount` units forward from `start` (not counted), skipping paused days. Working-day periods do not count
 * paused working days. Calendar periods (days, and months/years converted to the days they span from the start)
 * are extended by the number of paused days: the clock stops during the pause and runs on after it.
 */
export function countForward(
  cal: WorkingCalendar,
  start: DayNumber,
  unit: Unit,
  amount: number,
  pauses: readonly PauseSpan[],
): { lastDay: DayNumber; effects: readonly PauseEffect[] } {
  const working = unit === 'working_days';
  let remaining = amount;
  if (unit === 'months') remaining = addMonths(start, amount) - start;
  else if (unit === 'years') remaining = addMonths(start, amount * 12) - start;
  let cursor = start;
  if (pauses.length === 0) return { lastDay: advance(cal, working, cursor, remaining), effects: NO_EFFECTS };
  const effects: PauseEffect[] = [];
  for (const p of pauses) {
    if (p.end <= cursor) continue;
    // Pauses are sorted: once the period ends before a pause, it ends before all later ones.
    if (advance(cal, working, cursor, remaining) < p.start) break;
    const pauseStart = Math.max(p.start, cursor + 1);
    // The period reaches the pause, so fewer than `remaining` units lie before it and `remaining` stays ≥ 1.
    remaining -= unitsBetween(cal, working, cursor, pauseStart - 1);
    effects.push({ ...p, skipped: unitsBetween(cal, working, pauseStart - 1, p.end) });
    cursor = p.end;
  }
  return { lastDay: advance(cal, working, cursor, remaining), effects };
}

export function segmentForward(
  cal: WorkingCalendar,
  start: DayNumber,
  unit: Unit,
  amount: number,
  pauses: readonly PauseSpan[],
  mode: RollMode,
  opts: CountOptions,
): Segment {
  const { lastDay, effects } = countForward(cal, start, unit, amount, pauses);
  return { start, unit, amount, lastDay, end: roll(cal, lastDay, mode, opts), pauses: effects };
}

/**
 * "At least N before event E": the latest allowed day, counted backwards from E with E itself not counted, the
 * mirror of forward counting. A latest day that falls on a day off moves to the previous working day: moving it
 * later would shorten the guaranteed notice period.
 */
export function segmentBackward(
  cal: WorkingCalendar,
  event: DayNumber,
  unit: Unit,
  amount: number,
  opts: CountOptions,
): Segment {
  let lastDay: DayNumber;
  if (unit === 'working_days') lastDay = cal.shiftWorkingDays(event, -amount);
  else if (unit === 'months') lastDay = addMonths(event, -amount);
  else if (unit === 'years') lastDay = addMonths(event, -amount * 12);
  else lastDay = event - amount;
  const end = unit === 'working_days' ? lastDay : roll(cal, lastDay, 'backward', opts);
  return { start: event, unit, amount, lastDay, end, pauses: NO_EFFECTS };
}

/**
 * A fixed calendar date in the year `from` falls in plus `yearOffset`. "1月31日前" (inclusive) allows that day;
 * "3月1日前" (exclusive) allows up to the day before. A fixed date is not a period (期间), so the 民事诉讼法 roll
 * does not apply; the act must be done on a working day, so a day off moves the last day back to the last working
 * day before it (e.g. "before 1 March 2026" → 2026-02-28, a make-up Saturday).
 */
export function segmentFixed(cal: WorkingCalendar, from: DayNumber, fixed: FixedDate, opts: CountOptions): Segment {
  const year = yearOf(from) + fixed.yearOffset;
  const target = dayNumberFromCivil(year, fixed.month, fixed.day);
  const lastDay = fixed.inclusive ? target : target - 1;
  const end = roll(cal, lastDay, 'backward', opts);
  return { start: from, unit: 'fixed_date', amount: 0, lastDay, end, pauses: NO_EFFECTS };
}

/**
 * The days whose working status a segment consulted, for the provisional flag; empty when lo > hi. A working-day
 * count consults every counted day; a calendar period only its last day and the days it rolled over.
 */
export function touchedDays(seg: Segment, mode: RollMode): [DayNumber, DayNumber] {
  if (seg.unit === 'working_days') return seg.end > seg.start ? [seg.start + 1, seg.end] : [seg.end, seg.start - 1];
  if (mode === 'none') return [1, 0];
  return [Math.min(seg.end, seg.lastDay), Math.max(seg.end, seg.lastDay)];
}
