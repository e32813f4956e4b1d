#!/usr/bin/env node
// `npm test`: lint, format, type-check, then unit tests (core), integration tests (server on a real PostgreSQL)
// and browser journeys. Each stage must pass; the last line sums up every test that ran. The browser's needs are
// settled first (installed when this may, else one line saying what to run), so a long run cannot fail at its end.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ensureBrowser } from './browser-setup.mjs';
import { inPool, runMeasured, timingTable } from './stage-timing.mjs';

const root = new URL('..', import.meta.url).pathname;
const only = process.argv[2]; // optional: lint | unit | integration | e2e
const totals = { passed: 0, failed: 0 };

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

const timings = [];
const startedAt = performance.now();

function printTimings() {
  console.log("\n=== time per stage (wall: elapsed; cpu: user + sys of the stage's processes, the measure under load)");
  console.log(timingTable(timings, (performance.now() - startedAt) / 1000));
}

/** Counts the stage's tests, keeps its time, and stops the run (after the time table) when it failed. */
function settle(title, res) {
  timings.push({ title, wall: res.wall, cpu: res.cpu });
  // node:test spec reporter closes with "ℹ pass N" / "ℹ fail N"
  const pass = /^ℹ pass (\d+)$/m.exec(res.stdout);
  const fail = /^ℹ fail (\d+)$/m.exec(res.stdout);
  if (pass) totals.passed += Number(pass[1]);
  if (fail) totals.failed += Number(fail[1]);
  if (res.status !== 0) {
    console.error(`\n${title}: failed (exit ${res.status})`);
    printTimings();
    console.log(`\ntests: ${totals.passed} passed, ${Math.max(totals.failed, 1)} failed`);
    process.exit(1);
  }
}

const measured = (cmd, args, live, env = {}) =>
  runMeasured(cmd, args, { cwd: root, env: { ...process.env, ...env }, live });

/** A long stage: its output streams as it comes. */
async function run(title, cmd, args, env = {}) {
  console.log(`\n=== ${title}`);
  settle(title, await measured(cmd, args, true, env));
}

/**
 * Short independent checks, two at a time (the machine has two cores); each one's output is printed whole, in the
 * listed order, once it is done.
 */
async function runSideBySide(checks) {
  const results = await inPool(
    checks.map((c) => () => measured(c.cmd, c.args, false)),
    2,
  );
  checks.forEach((c, i) => {
    console.log(`\n=== ${c.title} (${results[i].wall.toFixed(1)} s)`);
    process.stdout.write(results[i].stdout);
    process.stderr.write(results[i].stderr);
  });
  checks.forEach((c, i) => settle(c.title, results[i]));
}

const withJourneys = (!only || only === 'e2e') && existsSync(join(root, 'e2e', 'run.ts'));
if (withJourneys) {
  const problem = ensureBrowser();
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}

const bin = (name) => join(root, 'node_modules', '.bin', name);
// FAZHI_NOW pins the platform clock (packages/server/src/platform/clock.ts) for every stage: the integration
// harness and the browser journeys' server read it, so a run on a chosen date tests that date.
if (process.env.FAZHI_NOW) console.log(`\n(platform clock pinned: FAZHI_NOW=${process.env.FAZHI_NOW})`);
const nodeTest = ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-reporter-destination=stdout'];

if (!only || only === 'lint') {
  const tsc = (pkg) => ({ title: `type-check (${pkg})`, cmd: bin('tsc'), args: ['-p', `packages/${pkg}`] });
  // Longest first, so that the last pair to finish is a short one.
  await runSideBySide([
    tsc('server'),
    { title: 'lint (eslint)', cmd: bin('eslint'), args: ['.', '--max-warnings=0'] },
    tsc('web'),
    { title: 'format (prettier --check)', cmd: bin('prettier'), args: ['--check', '.', '--log-level=warn'] },
    tsc('core'),
  ]);
}
if (!only || only === 'unit') {
  const files = [
    ...findTests(join(root, 'packages/core/src'), '.test.ts'),
    ...findTests(join(root, 'scripts'), '.test.ts'),
    // the journey stage's own rules (sharding, its summary); the journeys themselves are *.journey.ts
    ...findTests(join(root, 'e2e'), '.test.ts'),
  ];
  await run('unit tests (core)', process.execPath, [...nodeTest, ...files]);
}
if (!only || only === 'integration') {
  // The harness starts (or connects to) PostgreSQL, builds the template database, then runs node:test itself.
  await run('integration tests (server, real PostgreSQL)', process.execPath, [
    '--import',
    'tsx',
    'packages/server/test/run-integration.ts',
  ]);
}
if (withJourneys) {
  await run('browser journeys (Playwright + chromium)', process.execPath, ['--import', 'tsx', 'e2e/run.ts']);
}
printTimings();
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed`);
