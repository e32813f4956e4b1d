// The warning level of an open deadline, derived from its due date and today (never stored state that could go
// stale): yellow from N working days before the due date (N a region setting, default 3; no statute fixes it),
// orange on the due date, red once it has passed. The same function serves every page, count and notification.
import { formatIsoDate, parseIsoDate, type IsoDate } from './dates';
import type { WorkingCalendar } from './calendar';

export const warningLevels = ['none', 'yellow', 'orange', 'red'] as const;
export type WarningLevel = (typeof warningLevels)[number];

/** The platform's default when a region sets no `deadline.warning.yellow-working-days`. */
export const defaultYellowWorkingDays = 3;

/** The warning level of a deadline due on `due` (a date, or a date-time for hour periods) as of `today`. */
export function warningLevelOn(
  calendar: WorkingCalendar,
  today: IsoDate,
  due: string,
  yellowWorkingDays: number,
): WarningLevel {
  const dueDate = due.slice(0, 10);
  if (today > dueDate) return 'red';
  if (today === dueDate) return 'orange';
  // Working days in (today, due]: today is N working days before the due date when this is N.
  return calendar.workingDaysBetween(today, dueDate) <= yellowWorkingDays ? 'yellow' : 'none';
}

/**
 * The last due date that is yellow today: the day before the (N+1)-th working day after today. A due date d with
 * today < d ≤ yellowUntil is yellow — the same answer as `warningLevelOn`, as one date a database query can compare.
 */
export function yellowUntil(calendar: WorkingCalendar, today: IsoDate, yellowWorkingDays: number): IsoDate {
  return formatIsoDate(parseIsoDate(calendar.addWorkingDays(today, yellowWorkingDays + 1)) - 1);
}

/**
 * What a stored deadline bounds: a day to act by ('due': warned before it, red after it), or a floor — the earliest
 * day an act may come, as a review time "一般不少于7个工作日" (《重大行政决策程序暂行条例》第二十六条) — which is owed
 * to someone until its day and simply met from then on, never overdue and never a warning to the one it is owed to.
 */
export const deadlineBounds = ['due', 'floor'] as const;
export type DeadlineBound = (typeof deadlineBounds)[number];

/** A floor as of `today`: met from its day on; before it, the working days still owed (those in (today, floor]). */
export function floorStanding(
  calendar: WorkingCalendar,
  today: IsoDate,
  floor: string,
): { met: boolean; owedWorkingDays: number } {
  const day = floor.slice(0, 10);
  if (today >= day) return { met: true, owedWorkingDays: 0 };
  return { met: false, owedWorkingDays: calendar.workingDaysBetween(today, day) };
}
