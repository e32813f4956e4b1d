// Integration harness: start (or connect to) PostgreSQL, build a template database at the current schema, then run
// every server test file with node:test. Each test file clones the template (CREATE DATABASE … TEMPLATE), which takes
// milliseconds, so files are isolated and can run in parallel. A second template holds the demo region seeded once
// (seeding takes seconds, which every file paid before); a file with a clock of its own clones the demo seeded on its
// day by the first file that needed it (helpers.ts seededTemplateOf). The embedded cluster lives in memory where
// there is room (embedded.ts throwawayClusterDir). DATABASE_URL selects an existing server (CI runs the suite once
// on the embedded server and once on Debian's PostgreSQL 15).
//
// The test files run bundled: esbuild builds them once per run (scripts/build-server.mjs, `bundleTests`: one entry
// per file, the code they share in chunks) into .fazhi-test/bundle, and node:test runs the bundle with source maps,
// so a file starts in about a second instead of compiling the server through tsx (2 to 3 CPU-s each). The spec output
// and the per-file CPU list name the source `.test.ts` files (test/source-reporter.mjs, file-cpu.ts). The server
// bundle that `fazhi` runs is brought up to date first, so the tests that start `fazhi` do not build it themselves.
// The short files of a module run one after another in one process (scripts/it-groups.mjs, group-runner.ts), which
// pays a process's start once for them; a long file, or one that changes or measures its whole process, has its own.
// The processes are handed out longest first by the wall time the last run recorded (.fazhi-test/it-durations.json),
// and the run ends with PostgreSQL's CPU (user and sys), the part of the stage no file's own figure shows.
import { spawn, type SpawnOptions } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { getPriority, tmpdir } from 'node:os';
import { delimiter, join, relative, resolve } from 'node:path';
import pg from 'pg';
import { createDb } from '../src/platform/db/connection';
import { startEmbeddedPostgres, throwawayClusterDir } from '../src/platform/db/embedded';
import { createRegistry } from '../src/platform/modules/registry';
import { prepareDatabase } from '../src/platform/bootstrap';
import { modules } from '../src/modules';
import { clockFromEnv } from '../src/platform/clock';
import { auditKeyOf } from '../src/platform/audit/key';
import { freePort } from './free-port';
import { seedTestDatabase, seededTemplatePrefix, testServices } from './helpers';
import { fileCpuDir, recordDurations, slowestFiles, type Durations } from './file-cpu';
import { CPU_PER_BYTE, groupFiles, wallFrom } from '../../../scripts/it-groups.mjs';
import { bundleTests, serverBundle } from '../../../scripts/build-server.mjs';
import { liveChildrenCpuTimes, treeCpuTimes } from '../../../scripts/stage-timing.mjs';

const root = new URL('../../..', import.meta.url).pathname;

function findTests(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? findTests(p) : n.endsWith('.test.ts') ? [relative(root, p)] : [];
  });
}

async function main() {
  const only = process.argv.slice(2).map((f) => relative(root, resolve(f)));
  const missing = only.filter((f) => !existsSync(join(root, f)));
  if (missing.length) throw new Error(`no such test file: ${missing.join(', ')}`);
  let adminUrl = process.env.DATABASE_URL;
  let stop = async () => undefined as void;
  let postmaster: number | null = null;
  if (!adminUrl) {
    const throwaway = process.env.FAZHI_PG_DURABLE !== '1';
    // a throwaway cluster in memory where there is room (embedded.ts throwawayClusterDir: a clone and drop of the
    // template cost PostgreSQL a quarter of what they cost on ext4, and every write's syscalls less)
    const dataDir = join(root, '.fazhi-test');
    const server = await startEmbeddedPostgres(throwaway ? throwawayClusterDir(dataDir) : dataDir, await freePort(), {
      throwaway,
      unixSocket: true,
    });
    adminUrl = server.url;
    stop = server.stop;
    postmaster = server.pid || null;
  }
  // one pinned timeline for the run: the template's events and every test file's (and every `fazhi` a test starts)
  // are timed on the clock the harness started, so no file's clock stands before what the template holds
  if (process.env.FAZHI_NOW) process.env.FAZHI_NOW_SINCE ||= String(Date.now());
  const template = `fazhi_test_tpl_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template} ENCODING 'UTF8'`);
  const tplUrl = new URL(adminUrl);
  tplUrl.pathname = `/${template}`;
  const { db } = createDb(tplUrl.toString(), 1);
  // one audit key for the run: the template's events and every test file's (createTestEnv) are sealed with it
  const auditKey = process.env.FAZHI_AUDIT_KEY || randomBytes(32).toString('hex');
  await prepareDatabase(
    db,
    createRegistry(modules),
    { clock: clockFromEnv(), auditKey: auditKeyOf(Buffer.from(auditKey, 'hex')) },
    mkdtempSync(join(tmpdir(), 'fazhi-tpl-')),
  );
  await db.destroy();
  // The demo region seeded once, into a second template: most test files start from it (helpers.ts createTestEnv)
  const demoTemplate = `${template}_demo`;
  await admin.query(`DROP DATABASE IF EXISTS ${demoTemplate}`);
  await admin.query(`CREATE DATABASE ${demoTemplate} TEMPLATE ${template}`);
  tplUrl.pathname = `/${demoTemplate}`;
  process.env.FAZHI_AUDIT_KEY = auditKey;
  process.env.FAZHI_TEST_CIPHER_KEY ||= randomBytes(32).toString('hex');
  const clock = clockFromEnv();
  const seeding = testServices(tplUrl.toString(), clock);
  await seedTestDatabase(seeding, true);
  await seeding.db.destroy();
  // longest first by the wall time the last runs recorded (as the journeys are queued): a long file that started
  // last would hold the stage open alone on one core while the others stand idle
  const durationsFile = join(root, '.fazhi-test', 'it-durations.json');
  const recorded = existsSync(durationsFile) ? (JSON.parse(readFileSync(durationsFile, 'utf8')) as Durations) : {};
  // and which share a process by the CPU each took (.fazhi-test/it-cpu.json), which the load changes far less
  const cpuFile = join(root, '.fazhi-test', 'it-cpu.json');
  const recordedCpu = existsSync(cpuFile) ? (JSON.parse(readFileSync(cpuFile, 'utf8')) as Durations) : {};
  // the suite's rehearsal (scripts/suite-rehearsal.mjs) adds copies of a module's files; plain `npm test` sets none
  const extra = (process.env.FAZHI_IT_EXTRA_FILES ?? '').split(delimiter).filter(Boolean);
  const files = [...(only.length ? only : findTests(join(root, 'packages/server/src'))), ...extra];
  const estimate = (file: string) => statSync(join(root, file)).size * CPU_PER_BYTE;
  const cost = {
    cpu: (file: string) => recordedCpu[file] ?? estimate(file),
    // a wall time of about four times the CPU with four files at a time on two cores
    wall: wallFrom(recorded, (file: string) => 4 * estimate(file)),
  };
  // FAZHI_IT_GROUPS=0: every file in a process of its own, as before the groups
  const units = groupFiles(files, cost, process.env.FAZHI_IT_GROUPS === '0' ? { shareBelow: 0 } : {});
  const cpuDir = fileCpuDir();
  await serverBundle({ quiet: true });
  const bundleDir = join(root, '.fazhi-test', 'bundle');
  const runner = join(root, 'packages/server/test/group-runner.ts');
  // every unit through the runner, a file alone too: the runner bounds each file by the per-file limit below, while
  // node:test's own limit is the process's, as many files long as the unit holds
  const bundled = await bundleTests(units, bundleDir, { runner });
  // bounds each file as well as each test: the longest files (the CLI's, which runs `fazhi` a score of times,
  // and the normative route-matrix halves) take about 30–80 s of CPU and pass 200 s of wall time under load;
  // at a lower priority (beside the journeys in `npm test`, scripts/pipeline.mjs) they get their CPU later, and
  // at load 25 three route matrices passed 300 s. In a process of several files each file has this limit
  // (group-runner.ts), and the process that limit once for each file it holds.
  const fileLimit = getPriority() > 0 ? 600_000 : 300_000;
  const mostFiles = Math.max(1, ...units.map((u) => u.length));
  // spawned, not spawnSync: this process holds the embedded PostgreSQL's stderr pipe, and an event loop blocked in
  // spawnSync stops draining it — once its buffer filled (a checkpoint's log lines per dropped database; the suite's
  // rehearsal with seven more modules reached it), the checkpointer blocked on its write and every DROP DATABASE
  // waited on that checkpoint: the stage hung with no process on a CPU.
  const res = await exited(
    process.execPath,
    [
      '--enable-source-maps',
      // e.g. FAZHI_IT_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof': node:test starts each file with its own
      // options, so every file writes its CPU profile (NODE_OPTIONS may not carry --cpu-prof)
      ...(process.env.FAZHI_IT_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
      '--test',
      // files at a time (FAZHI_IT_FILES, default 4 on two cores): files wait on PostgreSQL's disk and on the
      // processes they start (the restart test), so more files than cores fill those waits (measured idle, stage
      // alone: 293 s wall and 419 CPU-s with two, 262 and 365 with three; see docs/test-time-history.md for four)
      `--test-concurrency=${process.env.FAZHI_IT_FILES ?? 4}`,
      `--test-timeout=${fileLimit * mostFiles}`,
      `--test-reporter=${join(root, 'packages/server/test/source-reporter.mjs')}`,
      '--test-reporter-destination=stdout',
      ...units.map(([first = '']) => bundled.get(first) ?? first),
    ],
    {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        FAZHI_TEST_ADMIN_URL: adminUrl,
        FAZHI_TEST_TEMPLATE: template,
        FAZHI_AUDIT_KEY: auditKey,
        FAZHI_TEST_DEMO_TEMPLATE: demoTemplate,
        FAZHI_TEST_DEMO_DAY: clock.today(),
        FAZHI_TEST_CPU_DIR: cpuDir,
        FAZHI_TEST_BUNDLE_DIR: bundleDir,
        FAZHI_IT_FILE_LIMIT_MS: String(fileLimit),
        DATABASE_URL: '',
      },
    },
  );
  const slowest = slowestFiles(cpuDir, root);
  if (slowest.length) console.log(`\n${slowest.join('\n')}`);
  recordDurations(cpuDir, root, durationsFile);
  recordDurations(cpuDir, root, cpuFile, 'cpu');
  // PostgreSQL's part of the stage's CPU: the postmaster, the backends it has reaped (one per connection) and the
  // processes still running (checkpointer, background and WAL writers, the harness's own connection), named apart
  const pgCpu = postmaster ? treeCpuTimes(postmaster) : null;
  if (pgCpu && postmaster) {
    const live = liveChildrenCpuTimes(postmaster);
    const sum = (k: 'user' | 'sys') => pgCpu[k] + live.reduce((s, c) => s + c[k], 0);
    const byKind = new Map<string, number>();
    for (const c of live) {
      const kind = /^postgres: (checkpointer|background writer|walwriter)/.exec(c.name)?.[1] ?? 'other';
      byKind.set(kind, (byKind.get(kind) ?? 0) + c.user + c.sys);
    }
    const named = [...byKind].map(([kind, s]) => `${kind} ${s.toFixed(1)}`);
    console.log(
      `PostgreSQL: ${sum('user').toFixed(1)} s user, ${sum('sys').toFixed(1)} s sys` +
        (named.length ? ` (of it still running: ${named.join(', ')})` : ''),
    );
  }
  // the templates the files seeded on days of their own (helpers.ts seededTemplateOf), then the harness's two
  const { rows: seededOnDays } = await admin.query<{ datname: string }>(
    `SELECT datname FROM pg_database WHERE starts_with(datname, $1)`,
    [seededTemplatePrefix(template)],
  );
  for (const name of [...seededOnDays.map((r) => r.datname), demoTemplate, template])
    await admin.query(`DROP DATABASE IF EXISTS ${name}`).catch(() => undefined);
  await admin.end();
  await stop();
  process.exit(res.status ?? 1);
}

/** The command's exit status (1 when a signal ended it), awaited while this process's event loop keeps running. */
function exited(cmd: string, args: string[], opts: SpawnOptions): Promise<{ status: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, opts);
    child.on('error', reject);
    child.on('exit', (code) => resolve({ status: code ?? 1 }));
  });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
