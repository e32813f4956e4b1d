// 工作日历 (server modules/calendar): the holiday years as loaded, local holidays, the change log with the deadlines
// each change moved, the day view, and the public deadline calculator.
import { z } from 'zod';
import { isoDate, isoInstant, pageOf } from '../platform/common';

export const calendarHoliday = z.object({
  name: z.string(),
  from: isoDate,
  to: isoDate,
  makeUpWorkdays: z.array(isoDate),
  note: z.string().optional(),
});
export type CalendarHoliday = z.infer<typeof calendarHoliday>;

/** The 国务院办公厅 notice a year was loaded from. */
export const calendarSource = z.object({
  title: z.string(),
  docNumber: z.string().optional(),
  issuedOn: z.string().optional(),
  note: z.string().optional(),
});
export type CalendarSource = z.infer<typeof calendarSource>;

export const calendarYear = z.object({
  year: z.number(),
  source: calendarSource,
  holidays: z.array(calendarHoliday),
  updatedAt: isoInstant.nullable(),
  abilities: z.object({ update: z.boolean() }),
});
export type CalendarYear = z.infer<typeof calendarYear>;
export const calendarYearList = z.object({ items: z.array(calendarYear) });

export const localHoliday = z.object({
  id: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  name: z.string(),
  from: isoDate,
  to: isoDate,
  makeUpWorkdays: z.array(isoDate),
  source: z.string(),
  abilities: z.object({ delete: z.boolean() }),
});
export type LocalHoliday = z.infer<typeof localHoliday>;
export const localHolidayList = z.object({ items: z.array(localHoliday) });

export const calendarChangeSummary = z.object({
  id: z.string(),
  at: isoInstant,
  actorName: z.string().nullable(),
  summary: z.string(),
  movedCount: z.number(),
});
export type CalendarChangeSummary = z.infer<typeof calendarChangeSummary>;
export const calendarChangePage = pageOf(calendarChangeSummary);

export const deadlineMove = z.object({
  deadlineId: z.string(),
  subjectType: z.string(),
  subjectTitle: z.string(),
  link: z.string().nullable(),
  label: z.string(),
  ruleId: z.string(),
  basis: z.string(),
  previousDue: z.string(),
  newDue: z.string(),
  regionCode: z.string(),
});
export type DeadlineMove = z.infer<typeof deadlineMove>;
export const calendarChangeDetail = calendarChangeSummary.extend({ moves: z.array(deadlineMove) });
export type CalendarChangeDetail = z.infer<typeof calendarChangeDetail>;

/** A year loaded or corrected, with the change it recorded. */
export const calendarYearLoaded = z.object({ year: calendarYear.optional(), change: calendarChangeSummary });
export const localHolidayAdded = z.object({ holiday: localHoliday.optional(), change: calendarChangeSummary });
export const localHolidayRemoved = z.object({ change: calendarChangeSummary });

export const calendarDay = z.object({
  date: isoDate,
  workday: z.boolean(),
  reason: z.string(),
  provisional: z.boolean(),
});
export type CalendarDay = z.infer<typeof calendarDay>;
export const calendarDayList = z.object({ items: z.array(calendarDay) });

export const deadlineRuleSummary = z.object({
  id: z.string(),
  title: z.string(),
  basis: z.string(),
  unit: z.string(),
  unitLabel: z.string(),
  amount: z.number(),
  amountLabel: z.string(),
  direction: z.string(),
  limit: z.string(),
  pausable: z.boolean(),
  extension: z.object({ amount: z.number(), unit: z.string() }).nullable(),
  module: z.string(),
});
export type DeadlineRuleSummary = z.infer<typeof deadlineRuleSummary>;
export const deadlineRuleList = z.object({ items: z.array(deadlineRuleSummary) });

/** A computed deadline with its explanation (core calendar DeadlineResult). */
export const deadlineResult = z.object({
  rule: z.string(),
  title: z.string(),
  basis: z.string(),
  from: z.string(),
  due: z.string(),
  unit: z.string(),
  amount: z.number(),
  direction: z.string(),
  limit: z.string(),
  extended: z.boolean(),
  provisional: z.boolean(),
  verified: z.boolean(),
  explanation: z.array(z.string()),
});
export type DeadlineResult = z.infer<typeof deadlineResult>;
