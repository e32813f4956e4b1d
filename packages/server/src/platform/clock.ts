// The platform clock: today's date and the current instant where the platform works. A legal date has no time zone
// of its own; Chinese deadlines are counted in 北京时间 (UTC+8, no daylight saving), so "today" is the calendar date in
// Asia/Shanghai whatever the server's own zone. Every command, query, job, presenter and paper takes time from
// `services.clock`; no module calls `new Date()` for a business date.
//
// FAZHI_NOW pins the clock for tests, demos and CI: `2027-01-23` (that day at 09:00 北京时间) or a full ISO instant
// (`2027-01-23T15:30:00+08:00`). A pinned clock still advances from the pinned instant, so timestamps keep their
// order and session idle timeouts work; only its starting point is fixed.
import type { IsoDate } from '@fazhi/core/calendar';

export interface Clock {
  /** the current instant (for timestamps: created_at, occurred_at, sessions) */
  now(): Date;
  /** today's date in 北京时间, YYYY-MM-DD (for every business date: acts, deadlines, warning levels, 现行有效) */
  today(): IsoDate;
}

const CHINA_OFFSET_MS = 8 * 3600 * 1000;

/** The calendar date in 北京时间 of an instant. */
export function todayInChina(now: Date = new Date()): IsoDate {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The real clock. */
export function systemClock(): Clock {
  return { now: () => new Date(), today: () => todayInChina(new Date()) };
}

/** Parses FAZHI_NOW: a date (taken at 09:00 北京时间) or an ISO instant with its offset. */
export function parseClockSetting(value: string): Date {
  const at = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T09:00:00+08:00`) : new Date(value);
  if (Number.isNaN(at.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(value))
    throw new Error(`FAZHI_NOW 的值「${value}」不是日期（YYYY-MM-DD）或带时区的时间（如 2027-01-23T09:00:00+08:00）`);
  return at;
}

/**
 * A clock that starts at `at` and advances in real time from there (tests, demos, CI on chosen dates). `since` is the
 * real instant (epoch ms) at which it read `at`, by default now: processes of one run that share it share one
 * timeline, so a later process does not start behind what an earlier one wrote (the test harness seeds the demo
 * template, then starts the test files; each file's clock read afresh would stand before the template's events).
 */
export function pinnedClock(at: Date | string, since: number = Date.now()): Clock {
  const start = typeof at === 'string' ? parseClockSetting(at) : at;
  const offset = start.getTime() - since;
  const now = () => new Date(Date.now() + offset);
  return { now, today: () => todayInChina(now()) };
}

/** A clock that never moves (unit tests that compare exact timestamps). */
export function frozenClock(at: Date | string): Clock {
  const fixed = typeof at === 'string' ? parseClockSetting(at) : at;
  return { now: () => new Date(fixed.getTime()), today: () => todayInChina(fixed) };
}

/** The clock this process runs on: pinned by FAZHI_NOW when it is set (from the real instant FAZHI_NOW_SINCE, epoch
 * ms, when a parent process of the same run set it), the real one otherwise. */
export function clockFromEnv(env: NodeJS.ProcessEnv = process.env): Clock {
  if (!env.FAZHI_NOW) return systemClock();
  const since = Number(env.FAZHI_NOW_SINCE);
  return pinnedClock(env.FAZHI_NOW, Number.isFinite(since) && since > 0 ? since : undefined);
}
