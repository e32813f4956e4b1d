// Checks a holiday arrangement before it is stored: a year's notice from the 国务院办公厅 (loaded or corrected by a
// platform administrator) or a region's local holiday. The calendar engine trusts its data, so every inconsistency
// a clerk could type is caught here, each with the field it concerns and a Chinese message.
//
// What a notice can look like is fixed by 《全国年节及纪念日放假办法》(2024年修订) and the yearly notices: each
// holiday is one inclusive span of days off (放假调休); make-up working days (调休上班) are weekend days outside the
// span; a year's entries may spill over its edge (the 2023 notice's 元旦 starts on 2022-12-31).
import { isWeekend, tryParseIsoDate, yearOf } from './dates';
import type { HolidayEntry, LocalHoliday } from './types';

export interface NoticeIssue {
  /** dotted path of the field, as in the request body: 'holidays.2.makeUpWorkdays.0' */
  path: string;
  message: string;
}

/** The longest span of consecutive days off a notice or local rule has ever set is 10 days (2020 春节); 31 is a
 * generous bound that still catches a mistyped year or month. */
export const maxHolidaySpanDays = 31;

function checkSpan(
  prefix: string,
  entry: { name: string; from: string; to: string; makeUpWorkdays?: readonly string[] },
  issues: NoticeIssue[],
): { start: number; end: number } | null {
  const start = tryParseIsoDate(entry.from);
  const end = tryParseIsoDate(entry.to);
  if (start === undefined) issues.push({ path: `${prefix}from`, message: `“${entry.from}”不是有效日期` });
  if (end === undefined) issues.push({ path: `${prefix}to`, message: `“${entry.to}”不是有效日期` });
  if (start === undefined || end === undefined) return null;
  if (end < start) {
    issues.push({ path: `${prefix}to`, message: `“${entry.name}”的结束日期 ${entry.to} 早于开始日期 ${entry.from}` });
    return null;
  }
  if (end - start + 1 > maxHolidaySpanDays) {
    issues.push({
      path: `${prefix}to`,
      message: `“${entry.name}”连续放假 ${end - start + 1} 天，超过 ${maxHolidaySpanDays} 天，请核对日期`,
    });
  }
  const seen = new Set<number>();
  (entry.makeUpWorkdays ?? []).forEach((text, j) => {
    const path = `${prefix}makeUpWorkdays.${j}`;
    const day = tryParseIsoDate(text);
    if (day === undefined) {
      issues.push({ path, message: `“${text}”不是有效日期` });
      return;
    }
    if (day >= start && day <= end) {
      issues.push({ path, message: `调休上班日 ${text} 在“${entry.name}”放假期间（${entry.from}至${entry.to}）之内` });
    } else if (!isWeekend(day)) {
      issues.push({ path, message: `调休上班日 ${text} 不是周六或周日（工作日本来就上班）` });
    } else if (Math.abs(day - start) > 62 && Math.abs(day - end) > 62) {
      issues.push({ path, message: `调休上班日 ${text} 离“${entry.name}”放假期间过远，请核对日期` });
    }
    if (seen.has(day)) issues.push({ path, message: `调休上班日 ${text} 重复` });
    seen.add(day);
  });
  return { start, end };
}

/**
 * Checks one year's arrangement. Every span must touch the year it is loaded for and stay within the days next to
 * it (a notice arranges its own year only); spans may not overlap; a make-up day may not be a day off of another
 * holiday of the same notice.
 */
export function checkHolidayNotice(year: number, holidays: readonly HolidayEntry[]): NoticeIssue[] {
  const issues: NoticeIssue[] = [];
  if (!Number.isInteger(year) || year < 1949 || year > 2200) {
    return [{ path: 'year', message: `年份 ${year} 不在可载入的范围内` }];
  }
  if (holidays.length === 0) issues.push({ path: 'holidays', message: '至少应有一个节假日安排' });
  const spans: { i: number; start: number; end: number; name: string }[] = [];
  holidays.forEach((h, i) => {
    const prefix = `holidays.${i}.`;
    const span = checkSpan(prefix, h, issues);
    if (!span) return;
    const fromYear = yearOf(span.start);
    const toYear = yearOf(span.end);
    if (toYear < year || fromYear > year || fromYear < year - 1 || toYear > year + 1) {
      issues.push({
        path: `${prefix}from`,
        message: `“${h.name}”（${h.from}至${h.to}）不属于${year}年的节假日安排，年份不一致`,
      });
    }
    spans.push({ i, ...span, name: h.name });
  });
  spans.sort((a, b) => a.start - b.start);
  for (let k = 1; k < spans.length; k++) {
    const prev = spans[k - 1];
    const cur = spans[k];
    if (prev && cur && cur.start <= prev.end) {
      issues.push({ path: `holidays.${cur.i}.from`, message: `“${cur.name}”与“${prev.name}”的放假期间重叠` });
    }
  }
  holidays.forEach((h, i) => {
    h.makeUpWorkdays.forEach((text, j) => {
      const day = tryParseIsoDate(text);
      if (day === undefined) return;
      const other = spans.find((s) => s.i !== i && day >= s.start && day <= s.end);
      if (other) {
        issues.push({
          path: `holidays.${i}.makeUpWorkdays.${j}`,
          message: `调休上班日 ${text} 落在“${other.name}”放假期间之内`,
        });
      }
    });
  });
  return issues;
}

/** Checks a region's local holiday (《全国年节及纪念日放假办法》第四条: 少数民族习惯的节日由当地人民政府规定放假). */
export function checkLocalHoliday(holiday: Omit<LocalHoliday, 'regionCode'>): NoticeIssue[] {
  const issues: NoticeIssue[] = [];
  checkSpan('', holiday, issues);
  return issues;
}
