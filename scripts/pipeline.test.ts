// The pipeline of `npm test` (scripts/pipeline.mjs): long stages start at once, short jobs fill beside them longest
// first, and every job's result comes back whatever the others did.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { idleBeside, niceOf, parseRecorded, runPipeline, toStart, type Job } from './pipeline.mjs';

const job = (id: string, long = false): Job => ({ id, long });
const costs: Record<string, number> = { unit: 34, 'tsc-server': 22, prettier: 20, eslint: 19, 'tsc-core': 6 };
const cost = (j: Job) => costs[j.id] ?? 0;
const ids = (jobs: Job[]) => jobs.map((j) => j.id);

test('on two cores the long stages start at once and two short jobs, the longest, beside them', () => {
  const all = [job('tsc-core'), job('eslint'), job('unit'), job('integration', true), job('e2e', true)];
  assert.deepEqual(ids(toStart(all, [], 2, cost)), ['integration', 'e2e', 'unit', 'eslint']);
  // while both long stages and two short jobs run, nothing more starts
  const running = [job('integration', true), job('e2e', true), job('unit'), job('eslint')];
  assert.deepEqual(ids(toStart([job('tsc-core'), job('prettier')], running, 2, cost)), []);
  // a short job ended: the next longest
  assert.deepEqual(ids(toStart([job('tsc-core'), job('prettier')], running.slice(0, 3), 2, cost)), ['prettier']);
});

test('one short job per core whether a long stage runs or not; a job with no cost keeps the order given', () => {
  const shorts = [job('tsc-core'), job('prettier'), job('eslint'), job('tsc-server')];
  assert.deepEqual(ids(toStart(shorts, [job('integration', true)], 2, cost)), ['tsc-server', 'prettier']);
  assert.deepEqual(ids(toStart(shorts, [], 2, cost)), ['tsc-server', 'prettier']);
  const notEslint = shorts.filter((j) => j.id !== 'eslint');
  assert.deepEqual(ids(toStart(notEslint, [job('eslint')], 4, cost)), ['tsc-server', 'prettier', 'tsc-core']);
  // a job with no recorded or estimated cost keeps the order given, after those with one
  assert.deepEqual(ids(toStart([job('b'), job('a'), job('unit')], [], 2, cost)), ['unit', 'b']);
});

test('beside a long stage (running or still to start) a short job runs in the idle class, without one normally', () => {
  assert.equal(idleBeside([job('eslint')], [job('integration', true)]), true);
  assert.equal(idleBeside([job('e2e', true)], []), true);
  assert.equal(idleBeside([job('eslint')], [job('unit')]), false);
});

test('the pipeline runs every job once, one short job per core, each idle while the long stage runs; returns each result', async () => {
  const jobs = [job('integration', true), job('tsc-core'), job('eslint'), job('unit'), job('prettier')];
  const order: string[] = [];
  const idle: Record<string, boolean> = {};
  let shortsAtOnce = 0;
  let mostShorts = 0;
  const ended: string[] = [];
  const leftAtLongEnd: string[][] = [];
  // the long stage ends once three short jobs have (not on a timer, which a loaded machine would reorder); the last
  // short job waits for the long stage's end, so it is still running then
  let shortsLeft = 3;
  let endLong = () => undefined as void;
  const longEnded = new Promise<void>((r) => (endLong = r));
  const results = await runPipeline(jobs, {
    cores: 2,
    cost,
    start: async (j, how) => {
      order.push(j.id);
      idle[j.id] = how.idle;
      if (j.long) await longEnded;
      else {
        mostShorts = Math.max(mostShorts, ++shortsAtOnce);
        if (j.id === 'tsc-core') await longEnded;
        await new Promise((r) => setTimeout(r, 5));
        shortsAtOnce--;
        if (--shortsLeft === 0) endLong();
      }
      // a failed job is a result like any other: the others still run
      return { status: j.id === 'eslint' ? 1 : 0 };
    },
    onEnd: (j) => ended.push(j.id),
    onLongEnd: (running) => leftAtLongEnd.push(ids(running)),
  });
  assert.deepEqual(order, ['integration', 'unit', 'prettier', 'eslint', 'tsc-core']);
  assert.equal(mostShorts, 2);
  assert.deepEqual(idle, { integration: false, unit: true, prettier: true, eslint: true, 'tsc-core': true });
  // the short job still running when the long stage ended is handed back to be returned to the normal class
  assert.deepEqual(leftAtLongEnd, [['tsc-core']]);
  assert.deepEqual([...results.keys()].sort(), ids(jobs).sort());
  assert.equal(results.get('eslint')?.status, 1);
  assert.equal(results.get('tsc-core')?.status, 0);
  assert.equal(ended.at(-2), 'integration');
  assert.equal(ended.at(-1), 'tsc-core');
});

test('a run with no jobs ends at once', async () => {
  const results = await runPipeline([], { cores: 2, cost, start: async () => 0 });
  assert.equal(results.size, 0);
});

test('the recorded CPU of the last run is read leniently: what is not a number of seconds is no record', () => {
  assert.deepEqual(parseRecorded('{"unit": 31.5, "eslint": "x", "tsc-web": -1, "e2e": 120}'), { unit: 31.5, e2e: 120 });
  assert.deepEqual(parseRecorded(''), {});
  assert.deepEqual(parseRecorded('not json'), {});
  assert.deepEqual(parseRecorded('null'), {});
});

test('the journeys run first, the integration files next, the short jobs last; a job alone at normal priority', () => {
  const e2e: Job = { id: 'e2e', long: true, timed: true };
  const integration = job('integration', true);
  const unit = job('unit');
  const all = [unit, integration, e2e];
  assert.equal(niceOf(e2e, all), 0);
  assert.equal(niceOf(integration, all), 4);
  assert.equal(niceOf(unit, all), 8);
  // without the journeys the integration files run at normal priority, the short jobs still after them
  assert.equal(niceOf(integration, [unit, integration]), 0);
  assert.equal(niceOf(unit, [unit, integration]), 8);
  // the checks alone among themselves
  assert.equal(niceOf(unit, [unit, job('eslint')]), 0);
  assert.equal(niceOf(integration, [integration]), 0);
});
