// `fazhi precheck <file | -> [--title <标题>] [--issuer <制定机关>] [--publication-date YYYY-MM-DD]
// [--validity-years N]`. The server CLI reads the file (or stdin for "-") and calls this pure helper, which parses
// the arguments and prints ONE JSON object: { "findings": [ … ] }. The exit code is 0 whether or not there are
// findings (the pre-check assists, it does not decide); 2 means the arguments were wrong.
import { parseDate } from './numerals';
import { precheck } from './run';
import type { PrecheckFinding, PrecheckInput } from './types';

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

const USAGE =
  '用法：fazhi precheck <文件|-> [--title <标题>] [--issuer <制定机关>] [--publication-date YYYY-MM-DD] [--validity-years <年>]';

type OptionName = 'title' | 'issuer' | 'publication-date' | 'validity-years';
const OPTIONS = new Set<string>(['title', 'issuer', 'publication-date', 'validity-years']);

function usageError(message: string): CommandResult {
  return { code: 2, stdout: '', stderr: `${message}。${USAGE}\n` };
}

/** One finding per line, keys in a fixed order, so that the output diffs and greps well. */
export function formatFindings(findings: readonly PrecheckFinding[]): string {
  if (findings.length === 0) return '{ "findings": [] }\n';
  const lines = findings.map((f) =>
    JSON.stringify({
      category: f.category,
      severity: f.severity,
      text: f.text,
      start: f.start,
      end: f.end,
      basis: f.basis,
      advice: f.advice,
    }),
  );
  return `{ "findings": [\n  ${lines.join(',\n  ')}\n] }\n`;
}

/** The parsed command line: the file to read ("-" for standard input) and the pre-check's input without the text. */
export interface PrecheckArgs {
  source: string;
  input: Omit<PrecheckInput, 'text'>;
}

/** Parses the arguments; a CommandResult (exit 2, usage on stderr) when they are wrong. */
export function parsePrecheckArgs(argv: string[]): PrecheckArgs | CommandResult {
  const args = argv[0] === 'precheck' ? argv.slice(1) : [...argv];
  const positional: string[] = [];
  const options = new Map<OptionName, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
      if (!OPTIONS.has(name)) return usageError(`未知参数：${arg}`);
      const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) {
        return usageError(`参数 --${name} 缺少取值`);
      }
      options.set(name as OptionName, value);
    } else {
      positional.push(arg);
    }
  }
  const source = positional[0];
  if (source === undefined) return usageError('缺少待审查的文件（或用 - 表示标准输入）');
  if (positional.length > 1) return usageError(`只能审查一个文件，多余的参数：${positional.slice(1).join(' ')}`);

  const input: Omit<PrecheckInput, 'text'> = {};
  const title = options.get('title');
  const issuer = options.get('issuer');
  const date = options.get('publication-date');
  const years = options.get('validity-years');
  if (title !== undefined) input.title = title;
  if (issuer !== undefined) input.issuer = issuer;
  if (date !== undefined) {
    const iso = parseDate(date);
    if (iso === null) return usageError(`发布日期“${date}”无效，应为 YYYY-MM-DD`);
    input.publicationDate = iso;
  }
  if (years !== undefined) {
    const n = Number(years);
    if (!Number.isFinite(n) || n <= 0) return usageError(`有效期“${years}”无效，应为正数（年）`);
    input.validityYears = n;
  }
  return { source, input };
}

export function precheckCommand(text: string, argv: string[]): CommandResult {
  const parsed = parsePrecheckArgs(argv);
  if ('code' in parsed) return parsed;
  return { code: 0, stdout: formatFindings(precheck({ ...parsed.input, text }).findings), stderr: '' };
}
