// Shapes shared by the calendar data, the statute catalogue and the deadline engine.
import type { IsoDate } from './dates';

/** The 国务院办公厅 notice that fixes one year's days off and make-up working days. */
export interface HolidayNotice {
  /** e.g. 国务院办公厅关于2025年部分节假日安排的通知 */
  title: string;
  /** 文号, e.g. 国办发明电〔2024〕12号; undefined where it was not seen in an official text. */
  docNumber?: string;
  /** Date of the notice, where known. */
  issuedOn?: IsoDate;
  /** Later changes or remarks (e.g. the 2020 Spring Festival extension). */
  note?: string;
}

/** One holiday of a notice: the inclusive span of days off (放假调休) and its make-up working days (调休上班). */
export interface HolidayEntry {
  /** Chinese name as in the notice: 元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节, or a combined name. */
  name: string;
  from: IsoDate;
  to: IsoDate;
  makeUpWorkdays: readonly IsoDate[];
  note?: string;
}

export interface CalendarYearData {
  year: number;
  source: HolidayNotice;
  holidays: readonly HolidayEntry[];
}

/**
 * A day-off span set by a region (e.g. an ethnic festival of an autonomous region, under 《全国年节及纪念日放假办法》
 * 第四条). It applies to the region and, through the ancestor chain given to `buildCalendar`, to all its sub-regions.
 */
export interface LocalHoliday {
  /** 行政区划代码 of the region that set it, e.g. '150000'. */
  regionCode: string;
  name: string;
  from: IsoDate;
  to: IsoDate;
  makeUpWorkdays?: readonly IsoDate[];
  /** The local rule or notice that sets it. */
  source: string;
}

export type Unit = 'working_days' | 'days' | 'months' | 'years' | 'hours' | 'fixed_date';

/** 'after': the period runs from a start event. 'before': the act must happen at least the period before an event. */
export type Direction = 'after' | 'before';

/** 'within': the act must happen by the due date. 'at_least': the period may not end before the due date. */
export type Limit = 'within' | 'at_least';

export interface FixedDate {
  month: number;
  day: number;
  /** Added to the year of `from` (the reporting year): 1 = the following year. */
  yearOffset: number;
  /** true: "by 31 January" includes that day. false: "before 1 March" excludes it. */
  inclusive: boolean;
}

export interface StatuteRule {
  /** Namespaced by module: 'reconsideration.acceptance-review'. */
  id: string;
  title: string;
  /** Title of the law or document in 《》, with its 文号 where it has one. */
  law: string;
  /** e.g. 第三十条; empty when the article could not be verified. */
  article: string;
  unit: Unit;
  /** The number of units; not used for 'fixed_date'. */
  amount: number;
  direction: Direction;
  limit: Limit;
  extension?: { amount: number; unit: Unit };
  /** Whether pauses (中止/不计入期限的期间) may stop the clock. */
  pausable: boolean;
  /** Whether a jurisdiction may set its own amount. */
  overridable: boolean;
  fixed?: FixedDate;
  /** false where the number is marked ⚠ (not verified from an official text) in the statute research. */
  verified: boolean;
  note?: string;
  /**
   * A term of validity (有效期: an enforcement certificate's), not a time limit for an act: its start day counts, so
   * it ends on the day before the anniversary, and its last day is never moved off a day off. Its length is the
   * region's own (a rule override with its source, required: the catalogue amount is 0, no national term exists).
   */
  validity?: boolean;
}

export interface Pause {
  from: IsoDate;
  to: IsoDate;
  reason?: string;
}

export interface JurisdictionSettings {
  /**
   * A jurisdiction's own amounts; `source` names the region's own rule that sets it (e.g. 《区落实法治建设试行意见》
   * 第（五）项), which then is the basis shown instead of the national source.
   */
  ruleOverrides?: Record<string, { amount: number; source?: string | undefined }>;
  /**
   * true: the last day of a calendar period moves only when it is a holiday listed in the notice (or a local
   * holiday), not when it is an ordinary weekend. Default false: any day off moves it.
   */
  rollOnlyOnStatutoryHolidays?: boolean;
  /**
   * true: an approved extension runs from the original due date after its roll off a day off (the lenient reading).
   * Default false: the stricter reading — base and extension are counted on from the start and only the final date
   * rolls (see countDeadline).
   */
  extensionFromRolledDue?: boolean;
}

export interface DeadlineInput {
  /** Start date; for 'before' rules the event date; for 'hours' an ISO date-time; for 'fixed_date' a day of the reporting year. */
  from: IsoDate;
  pauses?: readonly Pause[];
  extended?: boolean;
  /** A new start date (e.g. a corrected request was received): the period runs again from here. */
  restartFrom?: IsoDate;
  settings?: JurisdictionSettings;
}

export interface DeadlineResult {
  rule: string;
  title: string;
  /** e.g. 《中华人民共和国行政复议法》第三十条 */
  basis: string;
  /** The effective start (the restart date when restarted); a date-time for 'hours'. */
  from: IsoDate;
  /** Last allowed day ('within'), earliest end ('at_least'), or latest allowed day ('before'); a date-time for 'hours'. */
  due: IsoDate;
  unit: Unit;
  /** The amount applied, after any jurisdiction override (extension not included). */
  amount: number;
  direction: Direction;
  limit: Limit;
  extended: boolean;
  /** The counting touched a date outside the loaded holiday years: recompute once the notice is loaded. */
  provisional: boolean;
  verified: boolean;
  explanation: string[];
}
