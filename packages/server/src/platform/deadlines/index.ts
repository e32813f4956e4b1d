export type { DeadlineTable, DeadlineStatus, WarningLevel } from './tables';
export {
  setDeadline,
  closeDeadline,
  holdDeadline,
  deadlinesOf,
  computeFor,
  type DeadlineSpec,
  type StoredDeadline,
} from './service';
export {
  loadCalendarContext,
  loadCalendarSnapshot,
  calendarOf,
  markCalendarChanged,
  loadJurisdictionSettings,
  regionSetting,
  nearestRegionSetting,
  regionChain,
  type CalendarContext,
  type CalendarSnapshot,
} from './calendar-source';
export { recomputeOpenDeadlines, type DeadlineMove, type RecomputeScope } from './recompute';
export { deadlineRecipients } from './recipients';
export { nextDeadlinesOf, type NextDeadline } from './next-due';
export { sweepDeadlineWarnings, type SweepResult } from './sweep';
export {
  floorOf,
  levelContext,
  levelOf,
  levelSql,
  notMetFloorSql,
  yellowSettingKey,
  type LevelContext,
} from './levels';
