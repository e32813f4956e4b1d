// The `fazhi deadline` and `fazhi calendar` commands as pure functions: argv in, exit code and text out. The
// server's CLI does the I/O and builds the region's calendar (it reads --region first); these functions only parse,
// compute and print one JSON object.
import { type WorkingCalendar, buildCalendar } from './calendar';
import { computeDeadline } from './deadline';
import { CalendarError } from './errors';
import type { CalendarYearData, JurisdictionSettings, LocalHoliday, Pause } from './types';

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface DeadlineArgs {
  rule: string;
  from: string;
  pauses: Pause[];
  extended: boolean;
  restartFrom?: string;
  region?: string;
}

export const deadlineUsage = [
  '用法：fazhi deadline --rule <规则编号> --from <YYYY-MM-DD> [--pause <YYYY-MM-DD>..<YYYY-MM-DD>]... [--extended]',
  '                     [--restart <YYYY-MM-DD>] [--region <行政区划代码>]',
  '  --from     起算日；“事件日前”规则为事件日；按小时计算的规则可写 YYYY-MM-DDTHH:mm（北京时间）',
  '  --pause    不计入期限的中止期间（含首尾两日），可重复；单日可只写一个日期',
  '  --extended 已依法批准延长',
  '  --restart  重新起算日期（如收到补正后的申请）',
].join('\n');
export const calendarUsage = '用法：fazhi calendar --year <YYYY> [--region <行政区划代码>]';

const ok = (stdout: string): CommandResult => ({ code: 0, stdout, stderr: '' });
const fail = (message: string): CommandResult => ({ code: 2, stdout: '', stderr: `错误：${message}\n` });

/** Reads `--name value` pairs; flags without a value are listed in `booleans`. */
function readOptions(
  argv: readonly string[],
  valued: readonly string[],
  booleans: readonly string[],
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    if (!arg.startsWith('--') || (!valued.includes(name) && !booleans.includes(name))) {
      throw new CalendarError('INVALID_ARGUMENT', `无法识别的参数“${arg}”`);
    }
    let value = 'true';
    if (valued.includes(name)) {
      const next = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (next === undefined || next === '' || (eq < 0 && next.startsWith('--'))) {
        throw new CalendarError('INVALID_ARGUMENT', `参数 --${name} 缺少取值`);
      }
      value = next;
    }
    out.set(name, [...(out.get(name) ?? []), value]);
  }
  return out;
}

function single(options: Map<string, string[]>, name: string): string | undefined {
  const values = options.get(name);
  if (values && values.length > 1) throw new CalendarError('INVALID_ARGUMENT', `参数 --${name} 只能给出一次`);
  return values?.[0];
}

/** Parses `fazhi deadline` arguments (exported so the server can read --region before building the calendar). */
export function parseDeadlineArgs(argv: readonly string[]): DeadlineArgs {
  const options = readOptions(argv, ['rule', 'from', 'pause', 'restart', 'region'], ['extended']);
  const rule = single(options, 'rule');
  const from = single(options, 'from');
  if (!rule) throw new CalendarError('INVALID_ARGUMENT', '缺少 --rule');
  if (!from) throw new CalendarError('INVALID_ARGUMENT', '缺少 --from');
  const pauses = (options.get('pause') ?? []).map((text): Pause => {
    const parts = text.split('..');
    if (parts.length > 2) throw new CalendarError('INVALID_PAUSE', `“${text}”应为 YYYY-MM-DD..YYYY-MM-DD`);
    const start = parts[0] ?? '';
    return { from: start, to: parts[1] ?? start };
  });
  const args: DeadlineArgs = { rule, from, pauses, extended: options.has('extended') };
  const restart = single(options, 'restart');
  if (restart) args.restartFrom = restart;
  const region = single(options, 'region');
  if (region) args.region = region;
  return args;
}

function message(error: unknown): string {
  if (error instanceof CalendarError) return error.message;
  throw error;
}

/**
 * `fazhi deadline`: prints one JSON object { rule, basis, from, due, unit, amount, extended, provisional,
 * explanation }. For 'before' rules --from is the event date and due the latest allowed date. Invalid input →
 * exit code 2 and one Chinese line on stderr.
 */
export function deadlineCommand(
  argv: readonly string[],
  calendar: WorkingCalendar,
  settings?: JurisdictionSettings,
): CommandResult {
  if (argv.includes('--help') || argv.includes('-h')) return ok(`${deadlineUsage}\n`);
  try {
    const args = parseDeadlineArgs(argv);
    const input = {
      from: args.from,
      pauses: args.pauses,
      extended: args.extended,
      ...(args.restartFrom ? { restartFrom: args.restartFrom } : {}),
      ...(settings ? { settings } : {}),
    };
    const r = computeDeadline(calendar, args.rule, input);
    const out = {
      rule: r.rule,
      basis: r.basis,
      from: r.from,
      due: r.due,
      unit: r.unit,
      amount: r.amount,
      extended: r.extended,
      provisional: r.provisional,
      explanation: r.explanation,
    };
    return ok(`${JSON.stringify(out, null, 2)}\n`);
  } catch (error) {
    return fail(message(error).replace(/\s*\n\s*/g, ' '));
  }
}

/** `fazhi calendar --year YYYY`: the year's days off and make-up working days with the notice they come from. */
export function calendarCommand(
  argv: readonly string[],
  calendarData: readonly CalendarYearData[],
  localHolidays: readonly LocalHoliday[] = [],
): CommandResult {
  if (argv.includes('--help') || argv.includes('-h')) return ok(`${calendarUsage}\n`);
  try {
    const options = readOptions(argv, ['year', 'region'], []);
    const yearText = single(options, 'year');
    if (!yearText || !/^\d{4}$/.test(yearText)) throw new CalendarError('INVALID_ARGUMENT', '--year 应为四位年份');
    const year = Number(yearText);
    const data = calendarData.find((y) => y.year === year);
    if (!data) {
      const loaded = calendarData.map((y) => y.year).join('、');
      throw new CalendarError('UNKNOWN_YEAR', `${year}年（已载入：${loaded}）`);
    }
    const calendar = buildCalendar(calendarData, localHolidays);
    const daysOff = calendar.daysOff(year).map((r) => ({
      label: r.regionCode ? '地方节假日' : '放假调休',
      name: r.name,
      from: r.from,
      to: r.to,
      days: r.days,
      ...(r.regionCode ? { regionCode: r.regionCode, source: r.source } : {}),
      ...(r.note ? { note: r.note } : {}),
    }));
    const makeUpWorkdays = calendar.makeUpWorkdays(year).map((m) => ({
      label: '调休上班',
      date: m.date,
      weekday: m.weekday,
      name: m.name,
      ...(m.regionCode ? { regionCode: m.regionCode, source: m.source } : {}),
    }));
    const workingDays = calendar.workingDaysBetween(`${year - 1}-12-31`, `${year}-12-31`);
    const offTotal = daysOff.reduce((sum, r) => sum + r.days, 0);
    const out = {
      year,
      source: data.source,
      daysOff,
      makeUpWorkdays,
      workingDays,
      summary: `${year}年：放假调休共${offTotal}天，调休上班${makeUpWorkdays.length}天，全年工作日${workingDays}天。`,
    };
    return ok(`${JSON.stringify(out, null, 2)}\n`);
  } catch (error) {
    return fail(message(error));
  }
}
