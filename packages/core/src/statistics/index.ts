// What every module's statistics share (normative documents, major decisions): a figure is a count (件) or a rate
// (%), over a period a user gives (real ISO dates, from ≤ to; by default the year to date), printed the Chinese way.
import { isIsoDate } from '../calendar/dates';

export type StatisticUnit = '件' | '%';

/**
 * A rate in percent to one decimal (half away from zero on the decimal), or null when nothing was due: a rate of
 * nothing is not 0% nor 100% and is shown as "—".
 */
export function ratePercent(numerator: number, denominator: number): number | null {
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || denominator <= 0) return null;
  // integer arithmetic on tenths avoids 0.1-style float drift (e.g. 288/309 = 93.2%)
  return Math.round((numerator * 1000) / denominator) / 10;
}

/** "93.2%", "100.0%" or "—". */
export function formatRate(percent: number | null): string {
  return percent === null ? '—' : `${percent.toFixed(1)}%`;
}

export interface Period {
  from: string;
  to: string;
}

export type PeriodProblem = { field: 'from' | 'to'; message: string };

/** Checks a period given by the user: real ISO dates, from ≤ to. Returns the problems (empty when valid). */
export function checkPeriod(period: Period): PeriodProblem[] {
  const problems: PeriodProblem[] = [];
  if (!isIsoDate(period.from)) problems.push({ field: 'from', message: '开始日期应为 YYYY-MM-DD 格式的真实日期' });
  if (!isIsoDate(period.to)) problems.push({ field: 'to', message: '结束日期应为 YYYY-MM-DD 格式的真实日期' });
  if (problems.length === 0 && period.from > period.to)
    problems.push({ field: 'from', message: `开始日期（${period.from}）不能晚于结束日期（${period.to}）` });
  return problems;
}

/** The default period: the current year up to today (年初至今). */
export function yearToDate(today: string): Period {
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}

/** "2026年1月1日至2026年11月23日" for headings. */
export function formatPeriod(period: Period): string {
  const cn = (d: string) => `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
  return `${cn(period.from)}至${cn(period.to)}`;
}
