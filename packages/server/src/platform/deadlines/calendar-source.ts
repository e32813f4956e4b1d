// Where the deadline service gets a region's working calendar and jurisdiction settings from.
//
// Settings are region_settings rows, inherited down the region tree (the nearest region that sets a key wins):
//   deadline.rule.<ruleId>.amount           a jurisdiction's own amount for an overridable rule
//                                            (e.g. normative.filing = 5 in a district whose rules say 5 days)
//   calendar.roll-only-on-statutory-holidays true: a calendar period ending on an ordinary weekend does not move
import {
  buildCalendar,
  nationalCalendarData,
  type JurisdictionSettings,
  type WorkingCalendar,
} from '@fazhi/core/calendar';
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

export async function loadJurisdictionSettings(db: Db | Tx, regionCode: string): Promise<JurisdictionSettings> {
  const chain = await regionChain(db, regionCode);
  const rows = await db
    .selectFrom('region_settings')
    .select(['region_code', 'key', 'value'])
    .where('region_code', 'in', chain)
    .where((eb) =>
      eb.or([eb('key', 'like', `${rulePrefix}%`), eb('key', '=', 'calendar.roll-only-on-statutory-holidays')]),
    )
    .execute();
  // Apply from the root down so that the nearest region's value wins.
  rows.sort((a, b) => chain.indexOf(a.region_code) - chain.indexOf(b.region_code));
  const settings: JurisdictionSettings = {};
  const overrides: Record<string, { amount: number }> = {};
  for (const row of rows) {
    if (row.key === 'calendar.roll-only-on-statutory-holidays') {
      settings.rollOnlyOnStatutoryHolidays = row.value === true;
    } else if (row.key.endsWith('.amount') && typeof row.value === 'number') {
      overrides[row.key.slice(rulePrefix.length, -'.amount'.length)] = { amount: row.value };
    }
  }
  if (Object.keys(overrides).length) settings.ruleOverrides = overrides;
  return settings;
}

/** The working calendar that applies in a region: the national holiday notices and the region's local holidays. */
export async function loadCalendarContext(db: Db | Tx, regionCode: string): Promise<CalendarContext> {
  const chain = await regionChain(db, regionCode);
  return {
    calendar: buildCalendar(nationalCalendarData, [], chain),
    settings: await loadJurisdictionSettings(db, regionCode),
  };
}
