import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCalendar } from './calendar';
import { calendarCommand, deadlineCommand, parseDeadlineArgs } from './cli';
import { nationalCalendarData } from './data/national';

const cal = buildCalendar(nationalCalendarData);

function json(stdout: string): Record<string, unknown> {
  return JSON.parse(stdout) as Record<string, unknown>;
}

function expectUsageError(result: { code: number; stdout: string; stderr: string }, pattern: RegExp): void {
  assert.equal(result.code, 2);
  assert.equal(result.stdout, '');
  assert.match(result.stderr, pattern);
  assert.match(result.stderr, /^错误：[^\n]+\n$/, 'one Chinese line on stderr');
}

describe('fazhi deadline', () => {
  test('prints one JSON object with the documented keys, in order', () => {
    const r = deadlineCommand(['--rule', 'reconsideration.acceptance-review', '--from', '2025-01-24'], cal);
    assert.equal(r.code, 0);
    assert.equal(r.stderr, '');
    const out = json(r.stdout);
    assert.deepEqual(Object.keys(out), [
      'rule',
      'basis',
      'from',
      'due',
      'unit',
      'amount',
      'extended',
      'provisional',
      'explanation',
    ]);
    assert.equal(out.due, '2025-02-07');
    assert.equal(out.basis, '《中华人民共和国行政复议法》第三十条');
    assert.equal(out.unit, 'working_days');
    assert.equal(out.amount, 5);
    assert.equal(out.provisional, false);
    assert.ok(Array.isArray(out.explanation));
  });

  test('accepts repeated --pause ranges, --extended and a pass-through --region', () => {
    const argv = [
      '--rule',
      'disclosure.reply',
      '--from',
      '2025-09-15',
      '--pause',
      '2025-09-20..2025-09-30',
      '--pause=2025-10-01..2025-10-10',
      '--extended',
      '--region',
      '150202',
    ];
    const out = json(deadlineCommand(argv, cal).stdout);
    assert.equal(out.due, '2025-11-28');
    assert.equal(out.extended, true);
    assert.equal(parseDeadlineArgs(argv).region, '150202');
    assert.equal(parseDeadlineArgs(argv).pauses.length, 2);
  });

  test('for a "before" rule --from is the event date and due the latest allowed date', () => {
    const out = json(deadlineCommand(['--rule', 'enforcement.hearing-notice', '--from', '2025-10-10'], cal).stdout);
    assert.equal(out.due, '2025-09-24');
  });

  test('a single-day --pause and --restart are understood', () => {
    const args = parseDeadlineArgs([
      '--rule',
      'disclosure.reply',
      '--from',
      '2025-03-03',
      '--pause',
      '2025-03-05',
      '--restart',
      '2025-03-04',
    ]);
    assert.deepEqual(args.pauses, [{ from: '2025-03-05', to: '2025-03-05' }]);
    assert.equal(args.restartFrom, '2025-03-04');
  });

  test('2026-12-20 + 20 working days is reported as provisional', () => {
    const out = json(deadlineCommand(['--rule', 'disclosure.reply', '--from', '2026-12-20'], cal).stdout);
    assert.equal(out.provisional, true);
  });

  test('jurisdiction settings passed by the server apply', () => {
    const settings = { ruleOverrides: { 'enforcement.legal-review': { amount: 10 } } };
    const out = json(
      deadlineCommand(['--rule', 'enforcement.legal-review', '--from', '2025-01-24'], cal, settings).stdout,
    );
    assert.equal(out.due, '2025-02-13');
    assert.equal(out.amount, 10);
  });

  test('an unknown rule exits with code 2 and one Chinese line', () => {
    expectUsageError(deadlineCommand(['--rule', 'no.such-rule', '--from', '2025-01-24'], cal), /未知的期限规则/);
  });

  test('malformed dates and pauses exit with code 2', () => {
    expectUsageError(deadlineCommand(['--rule', 'disclosure.reply', '--from', '2025-02-30'], cal), /日期无效/);
    expectUsageError(deadlineCommand(['--rule', 'disclosure.reply', '--from', '2025/01/24'], cal), /日期无效/);
    expectUsageError(
      deadlineCommand(['--rule', 'disclosure.reply', '--from', '2025-01-24', '--pause', '2025-01-30..2025-01-28'], cal),
      /中止期间无效/,
    );
    expectUsageError(
      deadlineCommand(['--rule', 'disclosure.reply', '--from', '2025-01-24', '--pause', 'a..b..c'], cal),
      /中止期间无效/,
    );
  });

  test('missing or unknown arguments exit with code 2', () => {
    expectUsageError(deadlineCommand(['--from', '2025-01-24'], cal), /缺少 --rule/);
    expectUsageError(deadlineCommand(['--rule', 'disclosure.reply'], cal), /缺少 --from/);
    expectUsageError(deadlineCommand(['--rule', 'disclosure.reply', '--from'], cal), /缺少取值/);
    expectUsageError(
      deadlineCommand(['--rule', 'disclosure.reply', '--from', '2025-01-24', '--frobnicate'], cal),
      /无法识别/,
    );
    expectUsageError(deadlineCommand(['--rule', 'a', '--rule', 'b', '--from', '2025-01-24'], cal), /只能给出一次/);
  });

  test('--help prints the usage', () => {
    const r = deadlineCommand(['--help'], cal);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^用法：fazhi deadline/);
  });
});

describe('fazhi calendar', () => {
  test('--year 2025 lists the days off and make-up days with the notice and its 文号', () => {
    const r = calendarCommand(['--year', '2025'], nationalCalendarData);
    assert.equal(r.code, 0);
    const out = json(r.stdout) as {
      source: { title: string; docNumber?: string; issuedOn?: string };
      daysOff: { name: string; from: string; to: string; days: number; label: string }[];
      makeUpWorkdays: { date: string; weekday: string; label: string }[];
      workingDays: number;
      summary: string;
    };
    assert.equal(out.source.title, '国务院办公厅关于2025年部分节假日安排的通知');
    assert.equal(out.source.docNumber, '国办发明电〔2024〕12号');
    assert.equal(out.source.issuedOn, '2024-11-12');
    assert.deepEqual(out.daysOff[1], {
      label: '放假调休',
      name: '春节',
      from: '2025-01-28',
      to: '2025-02-04',
      days: 8,
    });
    assert.deepEqual(out.makeUpWorkdays[0], { label: '调休上班', date: '2025-01-26', weekday: '星期日', name: '春节' });
    assert.equal(out.workingDays, 248);
    assert.match(out.summary, /全年工作日248天/);
  });

  test('--year 2026 shows the notice date and no 文号, which was not seen in an official text', () => {
    const out = json(calendarCommand(['--year', '2026'], nationalCalendarData).stdout) as {
      source: Record<string, string>;
      daysOff: unknown[];
      workingDays: number;
    };
    assert.equal(out.source.issuedOn, '2025-11-04');
    assert.equal('docNumber' in out.source, false);
    assert.equal(out.daysOff.length, 7);
    assert.equal(out.workingDays, 248);
  });

  test('a year without data or a malformed year exits with code 2', () => {
    expectUsageError(calendarCommand(['--year', '2030'], nationalCalendarData), /未载入该年度节假日安排/);
    expectUsageError(calendarCommand(['--year', '25'], nationalCalendarData), /四位年份/);
    expectUsageError(calendarCommand([], nationalCalendarData), /四位年份/);
  });

  test('local holidays passed by the server are listed with their region and source', () => {
    const local = [
      { regionCode: '150000', name: '地方节日（示例）', from: '2025-07-15', to: '2025-07-15', source: '示例规定' },
    ];
    const out = json(calendarCommand(['--year', '2025', '--region', '150000'], nationalCalendarData, local).stdout) as {
      daysOff: { label: string; regionCode?: string }[];
    };
    assert.ok(out.daysOff.some((d) => d.label === '地方节假日' && d.regionCode === '150000'));
  });
});
