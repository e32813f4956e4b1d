// `fazhi deadline` and `fazhi calendar`: the I/O around core's pure command functions.
//
// Where the calendar comes from (a decision): these commands never start the embedded PostgreSQL — starting a
// cluster for one computation takes seconds and would collide with a running `fazhi start` on the same data
// directory. With DATABASE_URL set they read the deployment's calendar (the national years as loaded or corrected
// there) and, with --region, that region's local holidays (its own and its ancestors') and jurisdiction settings;
// the database is only read, never migrated or written. Without DATABASE_URL they use the national notices shipped
// with the platform (2020–2026), and --region is checked for its format and noted on stderr as not applied.
import {
  CalendarError,
  buildCalendar,
  calendarCommand,
  deadlineCommand,
  nationalCalendarData,
  parseDeadlineArgs,
  regionChainOf,
  selectLocalHolidays,
  type CommandResult,
  type JurisdictionSettings,
  type CalendarYearData,
  type LocalHoliday,
} from '@fazhi/core/calendar';
import type { Config } from '../platform/config';
import { createDb } from '../platform/db/connection';
import { loadCalendarSnapshot, loadJurisdictionSettings, regionChain } from '../platform/deadlines';

interface CalendarData {
  years: readonly CalendarYearData[];
  localHolidays: readonly LocalHoliday[];
  settings?: JurisdictionSettings;
  /** printed on stderr before the command's own output */
  note?: string;
}

const usageError = (message: string): CommandResult => ({ code: 2, stdout: '', stderr: `错误：${message}\n` });

/** The --region value, if given (read before the command so that the right calendar can be built). */
function regionArg(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--region') return argv[i + 1];
    if (a.startsWith('--region=')) return a.slice('--region='.length);
  }
  return undefined;
}

async function fromDatabase(url: string, region: string | undefined): Promise<CalendarData | CommandResult> {
  const { db } = createDb(url, 1);
  try {
    const snapshot = await loadCalendarSnapshot(db);
    if (!region) return { years: snapshot.years, localHolidays: [] };
    const exists = await db.selectFrom('regions').select('code').where('code', '=', region).executeTakeFirst();
    if (!exists) return usageError(`行政区划“${region}”不存在`);
    const chain = await regionChain(db, region);
    return {
      years: snapshot.years,
      localHolidays: selectLocalHolidays(snapshot.localHolidays, chain),
      settings: await loadJurisdictionSettings(db, region),
    };
  } finally {
    await db.destroy();
  }
}

const regionNotApplied =
  '提示：未配置 DATABASE_URL，按随平台发布的全国节假日安排计算，未含该地区的地方节假日和期限设置\n';

async function calendarData(config: Config, argv: readonly string[]): Promise<CalendarData | CommandResult> {
  const region = regionArg(argv);
  if (config.databaseUrl) return fromDatabase(config.databaseUrl, region);
  if (region) {
    try {
      regionChainOf(region);
    } catch (e) {
      if (e instanceof CalendarError) return usageError(e.message);
      throw e;
    }
    return { years: nationalCalendarData, localHolidays: [], note: regionNotApplied };
  }
  return { years: nationalCalendarData, localHolidays: [] };
}

/** The command's exit status and output; main.ts prints them and exits. */
export async function calendarCli(
  cmd: 'deadline' | 'calendar',
  argv: readonly string[],
  config: Config,
): Promise<CommandResult> {
  let result: CommandResult;
  if (argv.includes('--help') || argv.includes('-h')) {
    result =
      cmd === 'deadline' ? deadlineCommand(argv, buildCalendar(nationalCalendarData)) : calendarCommand(argv, []);
  } else {
    if (cmd === 'deadline') {
      // Malformed arguments are reported before any data is read.
      try {
        parseDeadlineArgs(argv);
      } catch (e) {
        if (!(e instanceof CalendarError)) throw e;
      }
    }
    const data = await calendarData(config, argv);
    if ('code' in data) return data;
    result =
      cmd === 'deadline'
        ? deadlineCommand(argv, buildCalendar(data.years, data.localHolidays), data.settings)
        : calendarCommand(argv, data.years, data.localHolidays);
    if (data.note) result = { ...result, stderr: data.note + result.stderr };
  }
  return result;
}
