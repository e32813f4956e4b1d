// The warning level a user sees, derived from the due date and today wherever it is shown (workbench list and
// counts, record pages, lists, the review desk) — never the stored column, which the sweep raises only to know
// which notifications it has sent and which goes stale after a seed, a restart or a calendar change.
import { sql, type RawBuilder } from 'kysely';
import {
  defaultYellowWorkingDays,
  floorStanding,
  yellowUntil,
  type IsoDate,
  type WarningLevel,
  type WorkingCalendar,
} from '@fazhi/core/calendar';
import type { Db } from '../db/connection';
import type { Tx } from '../audit/write';
import { calendarOf, loadCalendarSnapshot, regionChain, regionSetting } from './calendar-source';

/**
 * Region setting: how many working days before the due date the yellow warning starts. No statute fixes it; it is
 * the platform's default of 3 working days, and a region sets its own under this key (inherited down the tree).
 */
export const yellowSettingKey = 'deadline.warning.yellow-working-days';

export async function yellowDaysOf(db: Db | Tx, regionCode: string): Promise<number> {
  const value = await regionSetting(db, regionCode, yellowSettingKey);
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 30
    ? value
    : defaultYellowWorkingDays;
}

/** Today and, per region, the region's calendar and the last due date that is yellow today. */
export interface LevelContext {
  today: IsoDate;
  regions: Map<string, { calendar: WorkingCalendar; yellowDays: number; yellowUntil: IsoDate }>;
}

export async function levelContext(db: Db | Tx, today: IsoDate, regionCodes: Iterable<string>): Promise<LevelContext> {
  const snapshot = await loadCalendarSnapshot(db);
  const regions: LevelContext['regions'] = new Map();
  for (const code of new Set(regionCodes)) {
    const calendar = calendarOf(snapshot, await regionChain(db, code));
    const yellowDays = await yellowDaysOf(db, code);
    regions.set(code, { calendar, yellowDays, yellowUntil: yellowUntil(calendar, today, yellowDays) });
  }
  return { today, regions };
}

/** The level of an open deadline of `regionCode` due on `due` (a date, or a date-time for hour periods). */
export function levelOf(ctx: LevelContext, regionCode: string, due: string): WarningLevel {
  const dueDate = due.slice(0, 10);
  if (dueDate < ctx.today) return 'red';
  if (dueDate === ctx.today) return 'orange';
  const region = ctx.regions.get(regionCode);
  if (!region) throw new Error(`no level context for region ${regionCode}`);
  return dueDate <= region.yellowUntil ? 'yellow' : 'none';
}

/** A floor of `regionCode` on `floor` as of the context's today: met, or the working days still owed. */
export function floorOf(ctx: LevelContext, regionCode: string, floor: string) {
  const region = ctx.regions.get(regionCode);
  if (!region) throw new Error(`no level context for region ${regionCode}`);
  return floorStanding(region.calendar, ctx.today, floor);
}

/** Not a floor already met (a to-do no longer: the workbench lists and counts only the others). */
export function notMetFloorSql(ctx: LevelContext, alias = 'd'): RawBuilder<boolean> {
  return sql<boolean>`NOT (${sql.ref(`${alias}.bound`)} = 'floor' AND left(${sql.ref(`${alias}.due_on`)}, 10) <= ${ctx.today})`;
}

/** The same level as a SQL expression over a deadlines row `d` (for counts that must agree with the list); a floor
 * is never a warning. */
export function levelSql(ctx: LevelContext, alias = 'd'): RawBuilder<WarningLevel> {
  const due = sql`left(${sql.ref(`${alias}.due_on`)}, 10)`;
  const until = [...ctx.regions].map(([code, r]) => sql`WHEN ${code} THEN ${r.yellowUntil}`);
  const yellow = until.length
    ? sql`${due} <= CASE ${sql.ref(`${alias}.region_code`)} ${sql.join(until, sql` `)} END`
    : sql`false`;
  return sql<WarningLevel>`CASE WHEN ${sql.ref(`${alias}.bound`)} = 'floor' THEN 'none'
    WHEN ${due} < ${ctx.today} THEN 'red' WHEN ${due} = ${ctx.today} THEN 'orange'
    WHEN ${yellow} THEN 'yellow' ELSE 'none' END`;
}
