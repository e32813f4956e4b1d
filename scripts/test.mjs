#!/usr/bin/env node
// `npm test`: lint, format, type-check, unit tests (core), integration tests (server on a real PostgreSQL) and
// browser journeys, as one pipeline (scripts/pipeline.mjs): the integration files and the journeys start at once and
// the checks and unit tests fill the cores beside them, so that the wall time follows the CPU time instead of the
// stages' sum. Each job's output is printed whole when it ends; every job must pass, and the last lines are the
// time table and the sum of every test that ran. `node scripts/test.mjs unit` (or lint, integration, e2e, several
// at once) runs those stages alone; one job alone streams its output as it comes. The browser's needs are settled
// first (installed when this may, else one line saying what to run), so a long run cannot fail at its end.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { ensureBrowser } from './browser-setup.mjs';
import { serverBundle } from './build-server.mjs';
import { niceOf, parseRecorded, runPipeline } from './pipeline.mjs';
import { runMeasured, timingTable, toNormalClass } from './stage-timing.mjs';

const root = new URL('..', import.meta.url).pathname;
const STAGES = ['lint', 'unit', 'integration', 'e2e'];
const only = process.argv.slice(2);
const unknown = only.filter((s) => !STAGES.includes(s));
if (unknown.length) {
  console.error(`unknown stage: ${unknown.join(', ')} (stages: ${STAGES.join(', ')})`);
  process.exit(2);
}
const wanted = (stage) => only.length === 0 || only.includes(stage);

function findTests(dir, suffix) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...findTests(p, suffix));
    else if (name.endsWith(suffix)) out.push(relative(root, p));
  }
  return out.sort();
}

const bin = (name) => join(root, 'node_modules', '.bin', name);
// The checks keep their caches in .fazhi-test (git-ignored): a file unchanged since the last run is not linted,
// formatted or type-checked again (tsc keeps what it checked per project; each cache is dropped by its tool when its
// configuration or version changes). A fresh clone pays the whole of each check.
const cache = (name) => join(root, '.fazhi-test', 'cache', name);
const tsc = (pkg) => ({
  id: `tsc-${pkg}`,
  title: `type-check (${pkg})`,
  cmd: bin('tsc'),
  args: ['-p', `packages/${pkg}`, '--incremental', '--tsBuildInfoFile', cache(`tsc-${pkg}.tsbuildinfo`)],
});
const inProcess = ['--import', 'tsx', '--test-reporter=spec', '--test-reporter-destination=stdout'];

/** Every job of the run: a long job is a stage that keeps its own parallelism (scripts/pipeline.mjs). */
const jobs = [];
if (wanted('lint'))
  jobs.push(
    tsc('server'),
    {
      id: 'eslint',
      title: 'lint (eslint)',
      cmd: bin('eslint'),
      args: ['.', '--max-warnings=0', '--cache', '--cache-strategy', 'content', '--cache-location', cache('eslint')],
    },
    tsc('web'),
    {
      id: 'prettier',
      title: 'format (prettier --check)',
      cmd: bin('prettier'),
      args: [
        '--check',
        '.',
        '--log-level=warn',
        '--cache',
        '--cache-strategy',
        'content',
        '--cache-location',
        cache('prettier'),
      ],
    },
    tsc('core'),
  );
if (wanted('unit')) {
  const files = [
    ...findTests(join(root, 'packages/core/src'), '.test.ts'),
    // the web's pure logic (no browser): e.g. which acts a decision offers and what they post
    ...findTests(join(root, 'packages/web/src'), '.test.ts'),
    ...findTests(join(root, 'scripts'), '.test.ts'),
    // the journey stage's own rules (sharding, its summary); the journeys themselves are *.journey.ts
    ...findTests(join(root, 'e2e'), '.test.ts'),
  ];
  // in one process (scripts/unit-runner.mjs), each file a suite of its own: a process per file paid node's start
  // and tsx's compiling of core again for each (56.7 CPU-s for the 54 files, 13.7 in one)
  jobs.push({
    id: 'unit',
    title: 'unit tests (core)',
    cmd: process.execPath,
    args: [...inProcess, 'scripts/unit-runner.mjs', ...files],
  });
}
if (wanted('integration'))
  // The harness starts (or connects to) PostgreSQL, builds the template database, then runs node:test itself.
  jobs.push({
    id: 'integration',
    title: 'integration tests (server, real PostgreSQL)',
    long: true,
    cmd: process.execPath,
    args: ['--import', 'tsx', 'packages/server/test/run-integration.ts'],
  });
const withJourneys = wanted('e2e') && existsSync(join(root, 'e2e', 'run.ts'));
if (withJourneys)
  jobs.push({
    id: 'e2e',
    title: 'browser journeys (Playwright + chromium)',
    long: true,
    timed: true,
    cmd: process.execPath,
    args: ['--import', 'tsx', 'e2e/run.ts'],
  });

if (withJourneys) {
  const problem = ensureBrowser();
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
// FAZHI_NOW pins the platform clock (packages/server/src/platform/clock.ts) for every stage: the integration
// harness and the browser journeys' server read it, so a run on a chosen date tests that date.
if (process.env.FAZHI_NOW) console.log(`\n(platform clock pinned: FAZHI_NOW=${process.env.FAZHI_NOW})`);
// both long stages run the server bundle: built once here rather than by both at once when it is stale
if (jobs.some((j) => j.long)) await serverBundle();

// The CPU seconds each job took in the last run order the short jobs longest first; until a run has recorded them,
// the figures measured on this 2-core machine (2026-12-07, a fresh clone, no caches).
const ESTIMATED_CPU = { unit: 14, 'tsc-server': 22, prettier: 20, eslint: 19, 'tsc-web': 16, 'tsc-core': 6.5 };
const recordFile = join(root, '.fazhi-test', 'stage-times.json');
const recorded = parseRecorded(existsSync(recordFile) ? readFileSync(recordFile, 'utf8') : '');
const cost = (job) => recorded[job.id] ?? ESTIMATED_CPU[job.id] ?? 0;

// One job alone streams its output as it comes (a long stage run by itself, as CI does on pinned dates); side by
// side, each job's output is kept and printed whole when it ends, so that no two interleave.
const live = jobs.length === 1;
const startedAt = performance.now();
const since = () => (performance.now() - startedAt) / 1000;
const started = new Map();
// the wrappers of the short jobs running in the idle class, to return them to the normal one once the long stages end
const idlePids = new Map();

const results = await runPipeline(jobs, {
  cores: availableParallelism(),
  cost,
  start: (job, { idle }) => {
    started.set(job.id, since());
    const how = idle ? ', idle class' : '';
    console.log(live ? `\n=== ${job.title}` : `\n… ${job.title}: started at ${since().toFixed(0)} s${how}`);
    const run = runMeasured(job.cmd, job.args, {
      cwd: root,
      env: process.env,
      live,
      ...(idle ? { idle: true } : { nice: niceOf(job, jobs) }),
    });
    if (idle && run.pid) idlePids.set(job.id, run.pid);
    return run;
  },
  onLongEnd: (running) => {
    for (const job of running) {
      const pid = idlePids.get(job.id);
      if (pid) toNormalClass(pid);
    }
  },
  onEnd: (job, res) => {
    if (live) return;
    const cpu = res.cpu === null ? '' : `, ${res.cpu.toFixed(1)} s cpu`;
    console.log(`\n=== ${job.title} (${res.wall.toFixed(1)} s wall${cpu})`);
    process.stdout.write(res.stdout);
    process.stderr.write(res.stderr);
    if (res.status !== 0) console.error(`\n${job.title}: failed (exit ${res.status})`);
  },
});

const totals = { passed: 0, failed: 0 };
const failed = [];
const rows = [];
for (const job of jobs) {
  const res = results.get(job.id);
  // node:test spec reporter closes with "ℹ pass N" / "ℹ fail N"
  const pass = /^ℹ pass (\d+)$/m.exec(res.stdout);
  const fail = /^ℹ fail (\d+)$/m.exec(res.stdout);
  // a test cancelled (by its file's time limit, or a parent that failed) did not pass either
  const cancelled = /^ℹ cancelled (\d+)$/m.exec(res.stdout);
  if (pass) totals.passed += Number(pass[1]);
  if (fail) totals.failed += Number(fail[1]);
  if (cancelled) totals.failed += Number(cancelled[1]);
  if (res.status !== 0) failed.push(job.title);
  rows.push({ title: job.title, wall: res.wall, cpu: res.cpu, ...(live ? {} : { start: started.get(job.id) }) });
  if (res.status === 0 && res.cpu !== null) recorded[job.id] = Math.round(res.cpu * 10) / 10;
}
mkdirSync(join(root, '.fazhi-test'), { recursive: true });
writeFileSync(recordFile, JSON.stringify(recorded, null, 1));

console.log("\n=== time per stage (wall: elapsed; cpu: user + sys of the stage's processes, the measure under load)");
console.log(timingTable(rows, since()));
if (failed.length) console.error(`\nfailed: ${failed.join('; ')}`);
// a stage that failed without a failing test (a type error, a harness that could not start) still counts as one
console.log(`\ntests: ${totals.passed} passed, ${failed.length ? Math.max(totals.failed, 1) : totals.failed} failed`);
process.exit(failed.length ? 1 : 0);
