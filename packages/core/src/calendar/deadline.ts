// computeDeadline: resolve the rule and the jurisdiction's settings, validate the input, count, explain.
import type { WorkingCalendar } from './calendar';
import { basisOf, findRule } from './catalogue';
import {
  type RollMode,
  type PauseSpan,
  type Segment,
  mergePauses,
  segmentBackward,
  segmentFixed,
  segmentForward,
  touchedDays,
} from './count';
import {
  type DayNumber,
  type IsoDate,
  formatInstant,
  formatIsoDate,
  parseInstant,
  parseIsoDate,
  yearOf,
} from './dates';
import { CalendarError } from './errors';
import { explainDeadline } from './explain';
import type { DeadlineInput, DeadlineResult, Pause, StatuteRule } from './types';

/** A validated request: the rule, the amount after any override, and parsed dates. */
export interface PreparedDeadline {
  rule: StatuteRule;
  amount: number;
  /** The catalogue amount when a jurisdiction override replaced it. */
  overriddenFrom?: number;
  /** The region's own rule that sets the amount, cited instead of the catalogue's basis. */
  localBasis?: string;
  onlyHolidays: boolean;
  /** Day number (or Beijing seconds for 'hours') of the effective start. */
  start: number;
  /** The original start when `restartFrom` moved it. */
  originalStart?: DayNumber;
  pauses: PauseSpan[];
  extended: boolean;
  /** The jurisdiction reads an extension as running from the rolled original due date (not the default). */
  extendFromRolledDue: boolean;
}

export interface DeadlineTrace {
  prepared: PreparedDeadline;
  main?: Segment;
  mainMode: RollMode;
  extension?: Segment;
  /** Day number, or Beijing seconds for 'hours'. */
  due: number;
  provisional: boolean;
  /** Years outside the loaded range that the counting touched. */
  provisionalYears: number[];
}

export function resolveRule(ruleOrId: string | StatuteRule): StatuteRule {
  if (typeof ruleOrId !== 'string') return ruleOrId;
  const rule = findRule(ruleOrId);
  if (!rule) throw new CalendarError('UNKNOWN_RULE', `“${ruleOrId}”不在期限规则目录中`);
  return rule;
}

function toPauseSpan(p: Pause): PauseSpan {
  const start = parseIsoDate(p.from);
  const end = parseIsoDate(p.to);
  if (end < start) throw new CalendarError('INVALID_PAUSE', `中止期间 ${p.from}..${p.to} 的结束日期早于开始日期`);
  return p.reason ? { start, end, reason: p.reason } : { start, end };
}

export function prepareDeadline(ruleOrId: string | StatuteRule, input: DeadlineInput): PreparedDeadline {
  const rule = resolveRule(ruleOrId);
  const settings = input.settings;
  let amount = rule.amount;
  let overriddenFrom: number | undefined;
  let localBasis: string | undefined;
  const override = settings?.ruleOverrides?.[rule.id];
  if (rule.validity && !override)
    throw new CalendarError('INVALID_AMOUNT', `“${rule.title}”由本地区规定期限，未设定本地区的期限`);
  if (override) {
    if (!rule.overridable) throw new CalendarError('NOT_OVERRIDABLE', `“${rule.id}”的期限由法律规定，不能调整`);
    if (!Number.isInteger(override.amount) || override.amount < 1) {
      throw new CalendarError('INVALID_AMOUNT', `“${rule.id}”的本地期限必须为正整数，收到 ${override.amount}`);
    }
    // a term of validity has no catalogue amount to compare with: the region's is the only one
    if (override.amount !== rule.amount && !rule.validity) overriddenFrom = rule.amount;
    amount = override.amount;
    if (override.source?.trim()) localBasis = override.source.trim();
  }

  const hours = rule.unit === 'hours';
  const parse = hours ? parseInstant : parseIsoDate;
  let start = parse(input.from);
  let originalStart: DayNumber | undefined;
  if (input.restartFrom !== undefined) {
    const restart = parse(input.restartFrom);
    if (restart < start) {
      throw new CalendarError('INVALID_RESTART', `重新起算日期${input.restartFrom}早于原起算日期${input.from}`);
    }
    originalStart = start;
    start = restart;
  }

  const given = input.pauses;
  let pauses: PauseSpan[] = [];
  if (given && given.length > 0) {
    if (!rule.pausable) {
      throw new CalendarError('NOT_PAUSABLE', `“${rule.title}”（${rule.id}）没有可不计入期限的中止情形`);
    }
    pauses = mergePauses(given.map(toPauseSpan));
  }

  const extended = input.extended === true;
  if (extended && !rule.extension) {
    throw new CalendarError('NO_EXTENSION', `“${rule.title}”（${rule.id}）没有可批准延长的期限`);
  }
  const prepared: PreparedDeadline = {
    rule,
    amount,
    onlyHolidays: settings?.rollOnlyOnStatutoryHolidays === true,
    start,
    pauses,
    extended,
    extendFromRolledDue: settings?.extensionFromRolledDue === true,
  };
  if (overriddenFrom !== undefined) prepared.overriddenFrom = overriddenFrom;
  if (localBasis !== undefined) prepared.localBasis = localBasis;
  if (originalStart !== undefined) prepared.originalStart = originalStart;
  return prepared;
}

function mainRollMode(rule: StatuteRule): RollMode {
  if (rule.unit === 'working_days' || rule.unit === 'hours' || rule.validity) return 'none';
  if (rule.direction === 'before' || rule.unit === 'fixed_date') return 'backward';
  // A minimum period ("不少于30日") only guarantees a length; moving its end later adds nothing.
  return rule.limit === 'at_least' ? 'none' : 'forward';
}

export function countDeadline(cal: WorkingCalendar, p: PreparedDeadline): DeadlineTrace {
  const { rule } = p;
  if (rule.unit === 'hours') {
    // Hours run continuously from the start instant (start + N hours) and are not moved by days off: the duties
    // counted in hours (uploading a video record within 24 hours) are technical and not bound to office days.
    // This is a simplification of 《民事诉讼法》第八十五条 ("期间开始的时不计算在期间内", i.e. from the next whole
    // hour); it is never later than the strict reading.
    const due = p.start + p.amount * 3600;
    return { prepared: p, mainMode: 'none', due, provisional: false, provisionalYears: [] };
  }
  const opts = { onlyHolidays: p.onlyHolidays };
  const extending = p.extended && rule.extension !== undefined;
  // The stricter reading of an extension (the default for every rule with one): "经批准可以延长，最多不超过三十日"
  // (行政复议法 第六十二条) grants at most the extension's length beyond the statutory period. Rolling the original
  // due date off a weekend first and then adding the extension gives the agency the rolled days on top (60+30 from
  // 2026-01-20: 03-21 rolls to 03-23, +30 = 04-22), more than the law grants. So the base and the extension are
  // counted on from the start without rolling in between, and only the final date rolls (04-20). A jurisdiction
  // whose practice counts from the rolled due date sets `extensionFromRolledDue` (region setting
  // calendar.extension-from-rolled-due).
  const mode = extending && !p.extendFromRolledDue ? 'none' : mainRollMode(rule);
  let main: Segment;
  if (rule.unit === 'fixed_date') {
    if (!rule.fixed) throw new CalendarError('INVALID_ARGUMENT', `规则“${rule.id}”缺少固定日期`);
    main = segmentFixed(cal, p.start, rule.fixed, opts);
  } else if (rule.direction === 'before') {
    main = segmentBackward(cal, p.start, rule.unit, p.amount, opts);
  } else {
    main = segmentForward(cal, p.start, rule.unit, p.amount, p.pauses, mode, opts);
    // a term of validity counts its start day: it ends the day before the anniversary (not rolled, mode 'none')
    if (rule.validity) main = { ...main, lastDay: main.lastDay - 1, end: main.end - 1 };
  }
  let extension: Segment | undefined;
  let extMode: RollMode = 'none';
  if (p.extended && rule.extension) {
    // The approved extension runs from the original due date (not counted) — unrolled by default, see above — with
    // the same pauses and the same roll rule; it is one more period of the catalogue's extension length.
    const ext = rule.extension;
    extMode = ext.unit === 'working_days' ? 'none' : 'forward';
    extension = segmentForward(cal, main.end, ext.unit, ext.amount, p.pauses, extMode, opts);
  }
  let years = NO_YEARS;
  if (outsideLoadedYears(cal, main, mode) || (extension && outsideLoadedYears(cal, extension, extMode))) {
    years = provisionalYears(cal, main, mode);
    if (extension) for (const y of provisionalYears(cal, extension, extMode)) if (!years.includes(y)) years.push(y);
  }
  const trace: DeadlineTrace = {
    prepared: p,
    main,
    mainMode: mode,
    due: (extension ?? main).end,
    provisional: years.length > 0,
    provisionalYears: years,
  };
  if (extension) trace.extension = extension;
  return trace;
}

const NO_YEARS: number[] = [];

/** Whether the segment consulted a day outside the loaded years (the common answer, no, costs no allocation). */
function outsideLoadedYears(cal: WorkingCalendar, seg: Segment, mode: RollMode): boolean {
  const [lo, hi] = touchedDays(seg, mode);
  return lo <= hi && (lo < cal.knownFrom || hi > cal.knownTo);
}

/** Years outside the loaded range whose days the segment consulted. */
function provisionalYears(cal: WorkingCalendar, seg: Segment, mode: RollMode): number[] {
  const [lo, hi] = touchedDays(seg, mode);
  if (lo > hi) return [];
  const years: number[] = [];
  for (let y = yearOf(lo); y <= yearOf(hi); y++) if (y < cal.firstYear || y > cal.lastYear) years.push(y);
  return years;
}

function formatDue(p: PreparedDeadline, value: number): IsoDate {
  return p.rule.unit === 'hours' ? formatInstant(value) : formatIsoDate(value);
}

/**
 * The due date only, without the explanation: for sweeps that recompute many deadlines. Same validation and
 * counting as computeDeadline.
 */
export function computeDueDate(
  calendar: WorkingCalendar,
  ruleOrId: string | StatuteRule,
  input: DeadlineInput,
): { due: IsoDate; provisional: boolean } {
  const trace = countDeadline(calendar, prepareDeadline(ruleOrId, input));
  return { due: formatDue(trace.prepared, trace.due), provisional: trace.provisional };
}

export function computeDeadline(
  calendar: WorkingCalendar,
  ruleOrId: string | StatuteRule,
  input: DeadlineInput,
): DeadlineResult {
  const prepared = prepareDeadline(ruleOrId, input);
  const trace = countDeadline(calendar, prepared);
  const { rule } = prepared;
  return {
    rule: rule.id,
    title: rule.title,
    basis: prepared.localBasis ?? basisOf(rule),
    from: formatDue(prepared, prepared.start),
    due: formatDue(prepared, trace.due),
    unit: rule.unit,
    amount: rule.unit === 'fixed_date' ? 0 : prepared.amount,
    direction: rule.direction,
    limit: rule.limit,
    extended: prepared.extended,
    provisional: trace.provisional,
    verified: rule.verified,
    explanation: explainDeadline(calendar, trace),
  };
}
