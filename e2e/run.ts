// Browser journeys in parallel shards. Build the web bundle if stale, start PostgreSQL (embedded, or DATABASE_URL),
// seed one template database (migrations, the demo region with known passwords, the journeys' fixtures), then give
// each shard its own database cloned from the template (CREATE DATABASE … TEMPLATE, milliseconds), its own data
// directory (the template's keys) and its own server process, so that journeys of different shards never see each
// other's writes. FAZHI_E2E_SHARDS sets the number of shards (default: the machine's cores).
//
// Each shard is one process (e2e/shard-worker.ts) with one chromium: it runs the journeys (one file per user story,
// e2e/*.journey.ts, each a suite; its pages as e2e/browser.ts gives them) that this file hands it from one queue,
// longest first (e2e/schedule.ts), so the shards finish together. Each journey's output is printed whole when it
// ends, with its wall time and its server's CPU time, and the stage ends with one node:test summary ("ℹ pass N" /
// "ℹ fail N").
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { delimiter, join } from 'node:path';
import pg from 'pg';
import { loadConfig } from '../packages/server/src/platform/config';
import { ensureAdmin, openPlatform } from '../packages/server/src/platform/bootstrap';
import { startEmbeddedPostgres } from '../packages/server/src/platform/db/embedded';
import { modules } from '../packages/server/src/modules';
import { seedDemo } from '../packages/server/src/modules/organisations/seed-demo';
import { seedJourneyFixtures } from './fixtures';
import { buildWebIfStaleInBackground } from '../scripts/build-web.mjs';
import { serverBundle } from '../scripts/build-server.mjs';
import { processCpuSeconds } from '../scripts/stage-timing.mjs';
import { freePort } from '../packages/server/test/free-port';
import {
  addCounts,
  END_OF_SHARD,
  longestFirst,
  shardCount,
  summaryText,
  type Counts,
  type JourneyMessage,
} from './schedule';
import { JOURNEY_END } from './shard-reporter';

const root = new URL('..', import.meta.url).pathname;
const ADMIN_PASSWORD = 'Admin#E2e2026';
const DEMO_PASSWORD = 'Demo#E2e2026';
/** a journey fails after this long (as node:test's --test-timeout did); its shard's process is stopped a minute later
 * if the journey still has not ended (and a new one takes over the shard's queue) */
const JOURNEY_LIMIT_MS = 180_000;
const durationsFile = join(root, '.fazhi-test', 'e2e-durations.json');

/**
 * Starts one shard's server: the platform's own start command, on the shard's database and data directory (given
 * in `env`). Kept to this one function so that how the server is started can change in one line.
 */
function startServer(env: NodeJS.ProcessEnv, log: number): ChildProcess {
  return spawn(process.execPath, ['packages/server/bin/fazhi.mjs', 'start'], {
    cwd: root,
    env,
    stdio: ['ignore', log, log],
  });
}

interface Shard {
  index: number;
  db: string;
  env: NodeJS.ProcessEnv;
  server: ChildProcess;
  logFile: string;
}

/**
 * The suite's rehearsal (scripts/suite-rehearsal.mjs) adds copies of a module's journeys: `FAZHI_E2E_COPIES` lists
 * folders (relative to the repository), each holding one copy's journey files. A copy writes the same records as
 * the original (the same 文号, titles, this year's catalogue), so in each shard every copy has a database and a server
 * of its own, cloned from the same template when the shard's own server is up; the shard's process runs a copy's
 * journey against its copy's server (JourneyMessage). Plain `npm test` sets no copies.
 */
const copyDirs = (process.env.FAZHI_E2E_COPIES ?? '').split(delimiter).filter(Boolean);
const copyOf = (file: string) => copyDirs.find((dir) => file.startsWith(`${dir}/`));

/** Waits until the shard's server answers its health check, or fails with the server's log. */
async function serving(shard: Shard, baseUrl: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const ok = await fetch(`${baseUrl}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    if (shard.server.exitCode !== null || Date.now() > deadline)
      throw new Error(`第 ${shard.index + 1} 组的服务未能启动：\n${readFileSync(shard.logFile, 'utf8')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A shard's process, ready for its first journey. */
async function startShardProcess(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = fork(join(root, 'e2e/shard-worker.ts'), [], {
    cwd: root,
    env: { ...env, FAZHI_E2E_JOURNEY_LIMIT_MS: String(JOURNEY_LIMIT_MS) },
    execArgv: ['--import', 'tsx', '--test-reporter=./e2e/shard-reporter.ts', '--test-reporter-destination=stdout'],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    // its own process group, which the time limit stops whole (playwright closes its chromium on SIGTERM)
    detached: true,
  });
  await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`旅程进程未能启动（退出码 ${code}）`)));
  });
  return child;
}

interface Ended {
  text: string;
  counts: Counts;
  /** the shard's process ended (crashed, or was stopped) before the journey did */
  lost: boolean;
}

/** Sends one journey to the shard's process and settles with its block, when the reporter's marker comes. */
function runJourney(
  child: ChildProcess,
  file: string,
  read: { buffer: string },
  message: JourneyMessage = file,
): Promise<Ended> {
  return new Promise((resolve) => {
    const watchdog = setTimeout(() => stopGroup(child.pid!), JOURNEY_LIMIT_MS + 60_000);
    const check = () => {
      const at = read.buffer.indexOf(JOURNEY_END);
      const eol = at < 0 ? -1 : read.buffer.indexOf('\n', at);
      if (eol < 0) return;
      const { counts } = JSON.parse(read.buffer.slice(at + JOURNEY_END.length, eol)) as { counts: Counts };
      done({ text: read.buffer.slice(0, at), counts, lost: false }, eol + 1);
    };
    const lost = () =>
      done(
        { text: `${read.buffer}\n✖ ${file}：旅程进程意外结束\n`, counts: { tests: 1, fail: 1 }, lost: true },
        Infinity,
      );
    const done = (ended: Ended, consumed: number) => {
      clearTimeout(watchdog);
      child.stdout!.off('data', check);
      child.stderr!.off('data', check);
      child.off('close', lost);
      read.buffer = read.buffer.slice(consumed);
      resolve(ended);
    };
    child.stdout!.on('data', check);
    child.stderr!.on('data', check);
    // 'close', not 'exit': the output the process wrote before it ended is read first
    child.once('close', lost);
    child.send(message);
  });
}

/** SIGTERM to a process group, and SIGKILL ten seconds later to what did not end (a process stuck in a loop). */
function stopGroup(pid: number) {
  const signal = (s: NodeJS.Signals) => {
    try {
      process.kill(-pid, s);
    } catch {
      // ended meanwhile
    }
  };
  signal('SIGTERM');
  setTimeout(() => signal('SIGKILL'), 10_000).unref();
}

function readDurations(): Record<string, number> {
  try {
    return JSON.parse(readFileSync(durationsFile, 'utf8')) as Record<string, number>;
  } catch {
    return {};
  }
}

async function main() {
  const startedAt = performance.now();
  // the web bundle (one core) builds while PostgreSQL starts and the template is seeded (another); the shards'
  // servers serve it, so it is awaited before they start
  const webBuild = buildWebIfStaleInBackground({ quiet: true }).then(
    () => null,
    (e: unknown) => e,
  );
  // built once here, so the shards' servers do not each rebuild a stale bundle as they start
  await serverBundle({ quiet: true });
  // one pinned timeline for the run's processes (the template's seed, every server and journey)
  if (process.env.FAZHI_NOW) process.env.FAZHI_NOW_SINCE ||= String(Date.now());
  const journeys = ['e2e', ...copyDirs].flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((n) => n.endsWith('.journey.ts'))
      // `node --import tsx e2e/run.ts locked` runs only the journeys whose file name contains "locked"
      .filter((n) => process.argv.length <= 2 || process.argv.slice(2).some((a) => n.includes(a)))
      .map((n) => ({ file: join(dir, n), bytes: statSync(join(root, dir, n)).size })),
  );
  const recorded = readDurations();
  const queue = longestFirst(journeys, recorded);
  const shards = shardCount(process.env.FAZHI_E2E_SHARDS, availableParallelism(), queue.length);

  let adminUrl = process.env.DATABASE_URL;
  let stopPg = async () => undefined as void;
  if (!adminUrl) {
    // a throwaway cluster, as the integration harness's (FAZHI_PG_DURABLE=1 keeps fsync on)
    const server = await startEmbeddedPostgres(join(root, '.fazhi-test', 'e2e'), await freePort(), {
      throwaway: process.env.FAZHI_PG_DURABLE !== '1',
    });
    adminUrl = server.url;
    stopPg = server.stop;
  }
  const dbUrl = (name: string) => Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
  const template = `fazhi_e2e_${process.pid}_tpl`;
  const runDir = join(root, '.fazhi-test', `e2e-data-${process.pid}`);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const dropAll = async () => {
    for (let i = 0; i < shards; i++)
      for (let c = 0; c <= copyDirs.length; c++)
        await admin.query(`DROP DATABASE IF EXISTS fazhi_e2e_${process.pid}_${i}${c ? `_c${c}` : ''} WITH (FORCE)`);
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  };
  await dropAll();
  await admin.query(`CREATE DATABASE ${template} ENCODING 'UTF8'`);

  // The template: what every shard starts from. Its data directory's keys go to every shard's, because the
  // template's audit events are sealed, and its personal identifiers encrypted, with them.
  const templateDir = join(runDir, 'template');
  mkdirSync(templateDir, { recursive: true });
  const config = {
    ...loadConfig({}),
    dataDir: templateDir,
    databaseUrl: dbUrl(template),
    adminPassword: ADMIN_PASSWORD,
    demoPassword: DEMO_PASSWORD,
    jobs: false,
  };
  const platform = await openPlatform(config, modules);
  await ensureAdmin(platform.services);
  await seedDemo(platform.services);
  await seedJourneyFixtures(platform.services);
  await platform.close();
  const webFailed = await webBuild;
  if (webFailed) {
    await dropAll().catch(() => undefined);
    await admin.end();
    await stopPg();
    throw webFailed;
  }

  const shardList: Shard[] = [];
  const ports: number[] = [];
  /** a shard's database, data directory and server; `copy` > 0: of the shard's place for that copy's journeys */
  const openPlace = async (index: number, copy = 0): Promise<Shard> => {
    const db = `fazhi_e2e_${process.pid}_${index}${copy ? `_c${copy}` : ''}`;
    await admin.query(`CREATE DATABASE ${db} TEMPLATE ${template}`);
    const dataDir = join(runDir, `shard-${index}${copy ? `-copy-${copy}` : ''}`);
    cpSync(templateDir, dataDir, { recursive: true });
    const port = await freePort();
    if (!copy) ports.push(port);
    const url = dbUrl(db);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: url,
      FAZHI_DATA_DIR: dataDir,
      FAZHI_JOBS: '0',
      FAZHI_LOGIN_RATE_LIMIT: '1000',
      FAZHI_ADMIN_PASSWORD: ADMIN_PASSWORD,
      FAZHI_DEMO_PASSWORD: DEMO_PASSWORD,
      FAZHI_E2E_BASE_URL: `http://127.0.0.1:${port}`,
      FAZHI_E2E_ADMIN_PASSWORD: ADMIN_PASSWORD,
      FAZHI_E2E_DEMO_PASSWORD: DEMO_PASSWORD,
      FAZHI_E2E_DATABASE_URL: url,
      // the server's data directory: its audit key and checkpoint (the console's chain check reads the checkpoint)
      FAZHI_E2E_DATA_DIR: dataDir,
    };
    const logFile = join(runDir, `server-${index}${copy ? `-copy-${copy}` : ''}.log`);
    return { index, db, env, server: startServer(env, openSync(logFile, 'w')), logFile };
  };
  for (let index = 0; index < shards; index++) shardList.push(await openPlace(index));
  // each copy's place in each shard (`copyOf`), its server started once the shards' own are up, awaited when a
  // shard first runs one of the copy's journeys; its start CPU is the rehearsal's own, printed at the end
  const copyPlaces = new Map<string, { place: Promise<Shard>; ready: Promise<number | null> }>();
  const copyPlace = (index: number, dir: string) => copyPlaces.get(`${index}:${dir}`)!;
  const copyServers: Shard[] = [];
  const allPlaces = () => [...shardList, ...copyServers];
  const stopServers = () => allPlaces().forEach((s) => s.server.kill('SIGTERM'));
  let status = 1;
  try {
    await Promise.all(shardList.map((s, i) => serving(s, `http://127.0.0.1:${ports[i]}`)));
    console.log(`${queue.length} 条旅程，${shards} 组并行（FAZHI_E2E_SHARDS）`);
    // one after another: the places' databases are created through the one admin connection
    let opened: Promise<unknown> = Promise.resolve();
    for (let index = 0; index < shards; index++)
      copyDirs.forEach((dir, c) => {
        if (!queue.some((f) => copyOf(f) === dir)) return;
        const place = opened.then(() => openPlace(index, c + 1)).then((p) => (copyServers.push(p), p));
        opened = place;
        const ready = place.then(async (p) => {
          await serving(p, p.env.FAZHI_E2E_BASE_URL!);
          return processCpuSeconds(p.server.pid!);
        });
        // a failure is the journey's that waits for it (or the run's end): not an unhandled rejection meanwhile
        ready.catch(() => undefined);
        copyPlaces.set(`${index}:${dir}`, { place, ready });
      });

    const totals: Counts = {};
    // the record keeps the journeys that exist (those of this run, measured anew, and the others as they were)
    const exist = new Set(readdirSync(join(root, 'e2e')).map((n) => join('e2e', n)));
    const durations = Object.fromEntries(Object.entries(recorded).filter(([f]) => exist.has(f)));
    let failures = '';
    let next = 0;
    const work = async (shard: Shard) => {
      let child: ChildProcess | null = null;
      const read = { buffer: '' };
      for (let file = queue[next++]; file !== undefined; file = queue[next++]) {
        if (!child) {
          child = await startShardProcess(shard.env);
          read.buffer = '';
          const append = (c: Buffer) => void (read.buffer += c.toString());
          child.stdout!.on('data', append);
          child.stderr!.on('data', append);
        }
        const copy = copyOf(file);
        const place = copy ? await copyPlace(shard.index, copy).place : shard;
        if (copy) await copyPlace(shard.index, copy).ready;
        const env = { FAZHI_E2E_BASE_URL: '', FAZHI_E2E_DATABASE_URL: '', FAZHI_E2E_DATA_DIR: '' };
        for (const key of Object.keys(env) as (keyof typeof env)[]) env[key] = place.env[key] ?? '';
        const started = performance.now();
        const serverBefore = processCpuSeconds(place.server.pid!);
        const ended = await runJourney(child, file, read, copy ? { file, env } : file);
        const serverCpu = (processCpuSeconds(place.server.pid!) ?? NaN) - (serverBefore ?? NaN);
        const wall = (performance.now() - started) / 1000;
        addCounts(totals, ended.counts);
        durations[file] = Math.round(wall * 10) / 10;
        // the server's CPU for the journey (the journey's chromium is counted in the stage's total only: its
        // processes cannot be told apart while they run, see scripts/stage-timing.mjs)
        const spent = `${wall.toFixed(1)} s${Number.isNaN(serverCpu) ? '' : `，服务 CPU ${serverCpu.toFixed(1)} s`}`;
        process.stdout.write(`\n── ${file}（第 ${shard.index + 1} 组，${spent}）\n${ended.text}`);
        if (ended.lost) child = null;
      }
      if (!child) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.send(END_OF_SHARD);
      await exited;
      // the spec reporter's closing list of the failing tests, with where they are
      failures += read.buffer;
    };
    await Promise.all(shardList.map(work));
    if (failures.trim()) process.stdout.write(`\n${failures}`);
    if (copyPlaces.size) {
      const starts = await Promise.all([...copyPlaces.values()].map((p) => p.ready.catch(() => null)));
      const cpu = starts.reduce<number>((sum, s) => sum + (s ?? 0), 0);
      console.log(`\n复制模块的服务：${starts.length} 个，启动至可用 CPU ${cpu.toFixed(1)} s（排练多出的部分）`);
    }
    mkdirSync(join(root, '.fazhi-test'), { recursive: true });
    writeFileSync(durationsFile, JSON.stringify(durations, null, 1));
    console.log(`\n${summaryText(totals, performance.now() - startedAt)}`);
    status = (totals.fail ?? 0) > 0 || (totals.cancelled ?? 0) > 0 || (totals.tests ?? 0) === 0 ? 1 : 0;
  } finally {
    // a copy's place still starting is waited for, so that its server is stopped too
    await Promise.all([...copyPlaces.values()].map((p) => p.place.catch(() => undefined)));
    stopServers();
    await Promise.all(
      allPlaces().map((s) => new Promise((r) => (s.server.exitCode !== null ? r(null) : s.server.once('exit', r)))),
    );
    await dropAll().catch(() => undefined);
    await admin.end();
    await stopPg();
    // on a failure the servers' logs stay for reading
    if (status === 0) rmSync(runDir, { recursive: true, force: true });
    else console.log(`服务日志：${runDir}/server-*.log`);
  }
  process.exit(status);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
