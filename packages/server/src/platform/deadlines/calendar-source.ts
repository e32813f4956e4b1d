// Where the deadline service gets a region's working calendar and jurisdiction settings from.
//
// The calendar is data in the database (module calendar: tables calendar_years and calendar_local_holidays, loaded
// from the shipped national notices at start and changed by administrators). Calendars are cached per process and
// keyed by the token in calendar_version, which every calendar change replaces in its own transaction: each lookup
// reads the token (one indexed row), so every server process sees a change as soon as it commits, and a
// transaction that changed the calendar sees its own change.
//
// Settings are region_settings rows, inherited down the region tree (the nearest region that sets a key wins):
//   deadline.rule.<ruleId>.amount           a jurisdiction's own amount for an overridable rule, its `source` the
//                                            name of the region's own rule (cited as the deadline's basis), e.g.
//                                            normative.filing-government-name = 5, 《区落实法治建设试行意见》第（五）项
//   calendar.roll-only-on-statutory-holidays true: a calendar period ending on an ordinary weekend does not move
//   calendar.extension-from-rolled-due       true: an approved extension runs from the original due date after its
//                                            roll (default: the stricter reading, core countDeadline)
//   deadline.warning.yellow-working-days    how many working days before the due date the yellow warning starts
import {
  buildCalendar,
  type CalendarYearData,
  type JurisdictionSettings,
  type LocalHoliday,
  type WorkingCalendar,
} from '@fazhi/core/calendar';
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import type { Tx } from '../audit/write';

export interface CalendarContext {
  calendar: WorkingCalendar;
  settings: JurisdictionSettings;
}

const rulePrefix = 'deadline.rule.';

/** The region's ancestor chain from the root down to the region itself, as stored in the region tree. */
export async function regionChain(db: Db | Tx, regionCode: string): Promise<string[]> {
  const region = await db.selectFrom('regions').select('path').where('code', '=', regionCode).executeTakeFirst();
  if (!region) return [regionCode];
  return region.path.split('/').filter(Boolean);
}

/** The nearest value of a region setting along the region's chain, or undefined. */
export async function regionSetting(db: Db | Tx, regionCode: string, key: string): Promise<unknown> {
  return (await nearestRegionSetting(db, regionCode, key))?.value;
}

/** The row of the nearest region up the tree that sets `key`, with the rule it was set from (`source`). */
export async function nearestRegionSetting(db: Db | Tx, regionCode: string, key: string) {
  const chain = await regionChain(db, regionCode);
  const rows = await db
    .selectFrom('region_settings')
    .select(['region_code', 'value', 'source'])
    .where('region_code', 'in', chain)
    .where('key', '=', key)
    .execute();
  rows.sort((a, b) => chain.indexOf(b.region_code) - chain.indexOf(a.region_code));
  return rows[0];
}

export async function loadJurisdictionSettings(db: Db | Tx, regionCode: string): Promise<JurisdictionSettings> {
  const chain = await regionChain(db, regionCode);
  const rows = await db
    .selectFrom('region_settings')
    .select(['region_code', 'key', 'value', 'source'])
    .where('region_code', 'in', chain)
    .where((eb) =>
      eb.or([
        eb('key', 'like', `${rulePrefix}%`),
        eb('key', 'in', ['calendar.roll-only-on-statutory-holidays', 'calendar.extension-from-rolled-due']),
      ]),
    )
    .execute();
  // Apply from the root down so that the nearest region's value wins.
  rows.sort((a, b) => chain.indexOf(a.region_code) - chain.indexOf(b.region_code));
  const settings: JurisdictionSettings = {};
  const overrides: Record<string, { amount: number; source?: string }> = {};
  for (const row of rows) {
    if (row.key === 'calendar.roll-only-on-statutory-holidays') {
      settings.rollOnlyOnStatutoryHolidays = row.value === true;
    } else if (row.key === 'calendar.extension-from-rolled-due') {
      settings.extensionFromRolledDue = row.value === true;
    } else if (row.key.endsWith('.amount') && typeof row.value === 'number') {
      // the row's source names the region's own rule, shown as the deadline's basis
      overrides[row.key.slice(rulePrefix.length, -'.amount'.length)] = {
        amount: row.value,
        ...(row.source ? { source: row.source } : {}),
      };
    }
  }
  if (Object.keys(overrides).length) settings.ruleOverrides = overrides;
  return settings;
}

/** Everything the calendars are built from, at one version of the calendar data. */
export interface CalendarSnapshot {
  token: string;
  years: CalendarYearData[];
  localHolidays: LocalHoliday[];
  /** built calendars by region chain ('' for the national calendar) */
  calendars: Map<string, WorkingCalendar>;
}

let cached: CalendarSnapshot | null = null;

/** The calendar data at its current version (cached per process until the version token changes). */
export async function loadCalendarSnapshot(db: Db | Tx): Promise<CalendarSnapshot> {
  const version = await db.selectFrom('calendar_version').select('token').executeTakeFirst();
  const token = version?.token ?? '';
  if (cached && token && cached.token === token) return cached;
  const yearRows = await db
    .selectFrom('calendar_years')
    .select(['year', 'source', 'holidays'])
    .orderBy('year')
    .execute();
  const localRows = await db
    .selectFrom('calendar_local_holidays')
    .select(['region_code', 'name', 'from_on', 'to_on', 'make_up_workdays', 'source'])
    .orderBy('from_on')
    .execute();
  const snapshot: CalendarSnapshot = {
    token,
    years: yearRows.map((r) => ({ year: r.year, source: r.source, holidays: r.holidays })),
    localHolidays: localRows.map((r) => ({
      regionCode: r.region_code,
      name: r.name,
      from: r.from_on,
      to: r.to_on,
      makeUpWorkdays: r.make_up_workdays,
      source: r.source,
    })),
    calendars: new Map(),
  };
  if (token) cached = snapshot;
  return snapshot;
}

/** The working calendar of a region chain (root first), or the national calendar for an empty chain. */
export function calendarOf(snapshot: CalendarSnapshot, chain: readonly string[]): WorkingCalendar {
  const key = chain.join('/');
  let calendar = snapshot.calendars.get(key);
  if (!calendar) {
    calendar = chain.length
      ? buildCalendar(snapshot.years, snapshot.localHolidays, chain)
      : buildCalendar(snapshot.years, []);
    snapshot.calendars.set(key, calendar);
  }
  return calendar;
}

/** The working calendar that applies in a region: the national holiday notices and the region's local holidays. */
export async function loadCalendarContext(db: Db | Tx, regionCode: string): Promise<CalendarContext> {
  const chain = await regionChain(db, regionCode);
  const snapshot = await loadCalendarSnapshot(db);
  return { calendar: calendarOf(snapshot, chain), settings: await loadJurisdictionSettings(db, regionCode) };
}

/** Marks the calendar data changed; call after the data is written and before anything reads it again. */
export async function markCalendarChanged(tx: Tx): Promise<void> {
  const token = randomUUID();
  await tx
    .insertInto('calendar_version')
    .values({ singleton: true, token })
    .onConflict((oc) => oc.column('singleton').doUpdateSet({ token, changed_at: new Date() }))
    .execute();
}
