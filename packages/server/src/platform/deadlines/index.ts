export type { DeadlineTable, DeadlineStatus, WarningLevel } from './tables';
export { setDeadline, closeDeadline, deadlinesOf, computeFor, type DeadlineSpec, type StoredDeadline } from './service';
export { loadCalendarContext, loadJurisdictionSettings, regionChain, type CalendarContext } from './calendar-source';
