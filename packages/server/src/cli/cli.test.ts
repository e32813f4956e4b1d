// `fazhi deadline` and `fazhi calendar` as a user runs them: exit status 0 with one JSON object, 2 with one
// Chinese line for bad arguments; no database needed unless DATABASE_URL is set, and then the region's calendar.
// `fazhi backup` / `restore`: one Chinese line on failure; exit 1 when the backup is not intact, 3 when the command
// could not run. `fazhi precheck`: the legality pre-check of
// a text file or standard input, one JSON object of findings.
//
// What is about the process — the exit status, standard input, output and error, the environment — runs the real
// `fazhi` (the bundled server, bin/fazhi.mjs), once per command and outcome; further arguments and inputs of the same
// command call its function in this process (`calendarCli`, `precheckCli`: the status and output main.ts prints and
// exits with), since each start costs a process.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestEnv, useNationalPeriods, type TestEnv } from '../../test/helpers';
import { addLocalHoliday } from '../modules/calendar/commands/add-local-holiday';
import { loadConfig } from '../platform/config';
import { calendarCli } from './calendar';
import { precheckCli } from './precheck';

const bin = new URL('../../bin/fazhi.mjs', import.meta.url).pathname;

function fazhi(args: string[], databaseUrl = '', input?: string | Buffer) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl, FAZHI_DATA_DIR: '/nonexistent-fazhi-data' },
    encoding: 'utf8',
    ...(input === undefined ? {} : { input }),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The command's function in this process, on the configuration `fazhi` reads from the same environment. */
const deadline = (args: string[], databaseUrl = '') =>
  calendarCli('deadline', args, loadConfig({ DATABASE_URL: databaseUrl }));
const calendar = (args: string[], databaseUrl = '') =>
  calendarCli('calendar', args, loadConfig({ DATABASE_URL: databaseUrl }));

let env: TestEnv;
before(async () => {
  env = await createTestEnv();
  await useNationalPeriods(env);
  await addLocalHoliday(
    env.services,
    { actor: null, ip: null },
    {
      regionCode: '159901',
      name: '示范节（演示）',
      from: '2025-10-13',
      to: '2025-10-13',
      makeUpWorkdays: [],
      source: '测试',
    },
  );
});
after(() => env.close());

describe('fazhi deadline', () => {
  test('prints one JSON object with the due date and its explanation (exit 0), without a database', () => {
    const r = fazhi(['deadline', '--rule', 'reconsideration.acceptance-review', '--from', '2025-01-24']);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
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
  });

  test('takes pauses and an extension', async () => {
    const r = await deadline([
      '--rule',
      'disclosure.reply',
      '--from',
      '2025-03-03',
      '--pause',
      '2025-03-05..2025-03-11',
      '--extended',
    ]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal((JSON.parse(r.stdout) as { extended: boolean }).extended, true);
  });

  test('an unknown rule exits 2 with one Chinese line', () => {
    const r = fazhi(['deadline', '--rule', 'no.such-rule', '--from', '2025-01-24']);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.match(r.stderr, /未知的期限规则/);
  });

  test('a malformed date exits 2', async () => {
    const r = await deadline(['--rule', 'normative.filing', '--from', '2025-02-30']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /日期无效/);
    assert.equal((await deadline(['--rule', 'disclosure.reply', '--from', '2025-03-03', '--pause', 'x'])).code, 2);
    assert.equal((await deadline(['--from', '2025-03-03'])).code, 2);
  });

  test("with DATABASE_URL and --region the region's local holiday applies", async () => {
    const args = ['--rule', 'normative.filing', '--from', '2025-09-28'];
    assert.equal((JSON.parse((await deadline(args, env.dbUrl)).stdout) as { due: string }).due, '2025-10-13');
    const local = fazhi(['deadline', ...args, '--region', '159901001'], env.dbUrl);
    assert.equal(local.code, 0, local.stderr);
    assert.equal((JSON.parse(local.stdout) as { due: string }).due, '2025-10-14');
    assert.equal((await deadline([...args, '--region', '159977'], env.dbUrl)).code, 2);
  });
});

describe('fazhi calendar', () => {
  test("prints the year's days off and make-up days with their sources", () => {
    const r = fazhi(['calendar', '--year', '2025']);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as {
      source: { docNumber: string };
      daysOff: { name: string }[];
      makeUpWorkdays: { date: string }[];
    };
    assert.equal(out.source.docNumber, '国办发明电〔2024〕12号');
    assert.equal(out.daysOff.length, 6);
    assert.deepEqual(
      out.makeUpWorkdays.map((m) => m.date),
      ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
    );
  });

  test('a year not loaded or a malformed year exits 2', async () => {
    assert.equal((await calendar(['--year', '2019'])).code, 2);
    assert.equal((await calendar(['--year', '25'])).code, 2);
  });

  test('with DATABASE_URL and --region it lists the local holiday too', async () => {
    const r = await calendar(['--year', '2025', '--region', '159901'], env.dbUrl);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { daysOff: { name: string; regionCode?: string }[] };
    assert.ok(out.daysOff.some((d) => d.name === '示范节（演示）' && d.regionCode === '159901'));
  });
});

describe('fazhi backup and restore', () => {
  test('a backup exits 0 and names what it wrote', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'fazhi-cli-')), 'b.ndjson.gz');
    const r = fazhi(['backup', file], env.dbUrl);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /已备份 \d+ 张表/);
  });

  test('a restore from a missing file exits 3 (could not run) with a Chinese line naming the file', () => {
    const r = fazhi(['restore', '/nonexistent-fazhi-backup.gz'], env.dbUrl);
    assert.equal(r.code, 3);
    assert.match(r.stderr, /恢复失败：备份文件不存在：\/nonexistent-fazhi-backup\.gz/);
  });

  test('a restore from a damaged file exits 1 and says the file is not a backup', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'fazhi-cli-')), 'bad.gz');
    writeFileSync(file, 'not a backup');
    const r = fazhi(['restore', file], env.dbUrl);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /恢复失败：备份文件已损坏或不是法治平台的备份文件/);
  });
});

describe('fazhi precheck', () => {
  interface Finding {
    category: string;
    severity: string;
    text: string;
    start: number;
    end: number;
    basis: string;
    advice: string;
  }
  const contract = {
    categories: 'licensing penalty coercion fee obligation competition certificate validity issuer retroactivity'.split(
      ' ',
    ),
    severities: ['high', 'medium', 'low'],
  };
  const findings = (stdout: string) => (JSON.parse(stdout) as { findings: Finding[] }).findings;
  const draft =
    '示范区农贸市场管理办法\n第一条　为了规范农贸市场秩序，制定本办法。\n第二条　对违反本办法的，由市场监管部门处以五千元罚款。\n';

  test('reads standard input and prints each finding with its category, severity, position, basis and advice', () => {
    const r = fazhi(['precheck', '-', '--title', '示范区农贸市场管理办法'], '', draft);
    assert.equal(r.code, 0, r.stderr);
    const penalty = findings(r.stdout).find((f) => f.category === 'penalty');
    assert.ok(penalty, r.stdout);
    assert.equal(penalty.severity, 'high');
    assert.equal(draft.slice(penalty.start, penalty.end), penalty.text);
    assert.match(penalty.text, /处以五千元罚款/);
    assert.match(penalty.basis, /行政处罚法/);
    assert.match(penalty.advice, /[\u4e00-\u9fff]/);
    for (const f of findings(r.stdout)) {
      assert.deepEqual(Object.keys(f), ['category', 'severity', 'text', 'start', 'end', 'basis', 'advice']);
      // the categories and severities the issue names, spelt out here as the command's contract
      assert.ok(contract.categories.includes(f.category), f.category);
      assert.ok(contract.severities.includes(f.severity), f.severity);
    }
  });

  test('reads a file; a clean text prints an empty list; an internal office as issuer is flagged', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-precheck-'));
    const clean = join(dir, 'clean.txt');
    // a byte-order mark, as Windows Notepad writes it, is not part of the text
    writeFileSync(clean, '\uFEFF第一条　为了规范管理，制定本办法。\n');
    // exit 0 and standard output are the process's in the test above: a file is read by the same function
    const r = precheckCli([clean]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout.trim(), '{ "findings": [] }');
    const office = precheckCli([clean, '--issuer', '示范区市场监督管理局法规科']);
    assert.equal(office.code, 0, office.stderr);
    assert.deepEqual(
      findings(office.stdout).map((f) => [f.category, f.severity]),
      [['issuer', 'high']],
    );
  });

  test('a missing file or a text not in UTF-8 exits 1, and bad arguments exit 2, each with one Chinese line', () => {
    const missing = fazhi(['precheck', '/nonexistent/草案.txt']);
    assert.equal(missing.code, 1);
    assert.equal(missing.stdout, '');
    assert.match(missing.stderr, /^无法读取待审查的文本 \/nonexistent\/草案\.txt：文件不存在\n$/);
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-precheck-'));
    const gbk = join(dir, 'gbk.txt');
    writeFileSync(gbk, Buffer.from([0xb5, 0xda, 0xd2, 0xbb, 0xcc, 0xf5])); // 第一条 in GBK
    const notUtf8 = precheckCli([gbk]);
    assert.equal(notUtf8.code, 1);
    assert.match(notUtf8.stderr, /不是 UTF-8 编码/);
    const none = fazhi(['precheck']);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /缺少待审查的文件/);
    // the arguments are checked before the text is read
    const unknown = precheckCli([gbk, '--colour']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /未知参数：--colour/);
  });
});

describe('fazhi itself', () => {
  test('without a command it prints its usage and exits 2; a stack trace in the bundle names the TypeScript source', () => {
    // loaded first: prints where process.exit was called from (main.ts's fail(), inside the bundle)
    const probe = `data:text/javascript,${encodeURIComponent(
      'const exit = process.exit; process.exit = (code) => { process.stderr.write(new Error("probe").stack + "\\n"); exit(code); };',
    )}`;
    const r = spawnSync(process.execPath, ['--import', probe, bin], {
      env: { ...process.env, DATABASE_URL: '', FAZHI_DATA_DIR: '/nonexistent-fazhi-data' },
      encoding: 'utf8',
    });
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /^用法：fazhi <命令>/);
    assert.match(r.stderr, /at fail \(.*packages\/server\/src\/cli\/main\.ts:\d+:\d+\)/);
    assert.doesNotMatch(r.stderr, /dist\/server/);
  });
});
