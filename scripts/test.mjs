#!/usr/bin/env node
// `npm test`: lint, format, type-check, then unit tests (core), integration tests (server on a real PostgreSQL)
// and browser journeys. Each stage must pass; the last line sums up every test that ran. The browser's needs are
// settled first (installed when this may, else one line saying what to run), so a long run cannot fail at its end.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ensureBrowser } from './browser-setup.mjs';

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

function run(title, cmd, args, env = {}) {
  console.log(`\n=== ${title}`);
  const res = spawnSync(cmd, args, {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
  });
  const out = res.stdout?.toString() ?? '';
  process.stdout.write(out);
  // node:test spec reporter closes with "ℹ pass N" / "ℹ fail N"
  const pass = /^ℹ pass (\d+)$/m.exec(out);
  const fail = /^ℹ fail (\d+)$/m.exec(out);
  if (pass) totals.passed += Number(pass[1]);
  if (fail) totals.failed += Number(fail[1]);
  if (res.status !== 0) {
    console.error(`\n${title}: failed (exit ${res.status ?? res.signal})`);
    console.log(`\ntests: ${totals.passed} passed, ${Math.max(totals.failed, 1)} failed`);
    process.exit(1);
  }
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
  run('lint (eslint)', bin('eslint'), ['.', '--max-warnings=0']);
  run('format (prettier --check)', bin('prettier'), ['--check', '.', '--log-level=warn']);
  for (const pkg of ['core', 'server', 'web']) {
    if (existsSync(join(root, 'packages', pkg, 'tsconfig.json')))
      run(`type-check (${pkg})`, bin('tsc'), ['-p', `packages/${pkg}`]);
  }
}
if (!only || only === 'unit') {
  const files = [
    ...findTests(join(root, 'packages/core/src'), '.test.ts'),
    ...findTests(join(root, 'scripts'), '.test.ts'),
  ];
  run('unit tests (core)', process.execPath, [...nodeTest, ...files]);
}
if (!only || only === 'integration') {
  // The harness starts (or connects to) PostgreSQL, builds the template database, then runs node:test itself.
  run('integration tests (server, real PostgreSQL)', process.execPath, [
    '--import',
    'tsx',
    'packages/server/test/run-integration.ts',
  ]);
}
if (withJourneys) {
  run('browser journeys (Playwright + chromium)', process.execPath, ['--import', 'tsx', 'e2e/run.ts']);
}
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed`);
