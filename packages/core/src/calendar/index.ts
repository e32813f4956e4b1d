// @fazhi/core/calendar: the working-day calendar and the statutory deadline engine.
//
//   const calendar = buildCalendar(nationalCalendarData);
//   computeDeadline(calendar, 'reconsideration.acceptance-review', { from: '2025-01-24' }).due // '2025-02-07'
export type { IsoDate, IsoDateTime, DayNumber } from './dates';
export {
  parseIsoDate,
  tryParseIsoDate,
  isIsoDate,
  formatIsoDate,
  parseInstant,
  formatInstant,
  addMonths,
} from './dates';
export type {
  CalendarYearData,
  HolidayEntry,
  HolidayNotice,
  LocalHoliday,
  StatuteRule,
  Unit,
  Direction,
  Limit,
  FixedDate,
  Pause,
  DeadlineInput,
  DeadlineResult,
  JurisdictionSettings,
} from './types';
export { CalendarError, calendarErrorTitles, type CalendarErrorCode } from './errors';
export { nationalCalendarData } from './data/national';
export {
  WorkingCalendar,
  buildCalendar,
  selectLocalHolidays,
  regionChainOf,
  dayReasonLabels,
  type DayInfo,
  type DayReason,
  type HolidayRange,
  type MakeUpWorkday,
} from './calendar';
export {
  statuteCatalogue,
  findRule,
  unitLabels,
  directionLabels,
  limitLabels,
  amountLabel,
  basisOf,
  ruleGroupLabels,
  ruleGroupOf,
} from './catalogue';
export { checkHolidayNotice, checkLocalHoliday, maxHolidaySpanDays, type NoticeIssue } from './notice-check';
export { computeDeadline, computeDueDate } from './deadline';
export {
  deadlineCommand,
  calendarCommand,
  parseDeadlineArgs,
  deadlineUsage,
  calendarUsage,
  type CommandResult,
  type DeadlineArgs,
} from './cli';
export {
  warningLevelOn,
  yellowUntil,
  defaultYellowWorkingDays,
  warningLevels,
  deadlineBounds,
  floorStanding,
  type DeadlineBound,
  type WarningLevel,
} from './warning';
