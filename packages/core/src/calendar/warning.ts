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
