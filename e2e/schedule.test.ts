import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addCounts, longestFirst, shardCount, summaryText, tally, type Counts, type Ended } from './schedule';

test('journeys are queued longest first, by recorded duration, else estimated from their size', () => {
  const order = longestFirst(
    [
      { file: 'e2e/short.journey.ts', bytes: 9000 },
      { file: 'e2e/long.journey.ts', bytes: 1000 },
      { file: 'e2e/new-module.journey.ts', bytes: 6000 },
      { file: 'e2e/middle.journey.ts', bytes: 1000 },
    ],
    { 'e2e/short.journey.ts': 5, 'e2e/long.journey.ts': 60, 'e2e/middle.journey.ts': 12 },
  );
  // the new journey has no record: 6,000 bytes are estimated at 46 s, between the long and the middle one
  assert.deepEqual(order, [
    'e2e/long.journey.ts',
    'e2e/new-module.journey.ts',
    'e2e/middle.journey.ts',
    'e2e/short.journey.ts',
  ]);
});

test('the shard count is the setting, else the cores, and never more than the journeys', () => {
  assert.equal(shardCount(undefined, 2, 36), 2);
  assert.equal(shardCount('', 4, 36), 4);
  assert.equal(shardCount('3', 2, 36), 3);
  assert.equal(shardCount('1', 2, 36), 1);
  assert.equal(shardCount('4', 2, 1), 1);
  assert.throws(() => shardCount('0', 2, 36), /FAZHI_E2E_SHARDS 必须是正整数，当前为「0」/);
  assert.throws(() => shardCount('two', 2, 36), /FAZHI_E2E_SHARDS/);
});

const ended = (over: Partial<Ended>): Ended => ({
  passed: true,
  nesting: 1,
  suite: false,
  skip: false,
  todo: false,
  cancelled: false,
  ...over,
});

test("a journey's tests are counted as node:test's summary counts them, and the stage's summary adds them up", () => {
  const first: Counts = {};
  tally(first, ended({}));
  tally(first, ended({ passed: false }));
  tally(first, ended({ passed: false, cancelled: true }));
  tally(first, ended({ skip: true }));
  tally(first, ended({ nesting: 0, suite: true, passed: false }));
  assert.deepEqual(first, { tests: 4, pass: 1, fail: 1, cancelled: 1, skipped: 1, suites: 1 });
  const second: Counts = {};
  tally(second, ended({}));
  tally(second, ended({ nesting: 0, suite: true }));
  const totals: Counts = {};
  addCounts(totals, first);
  addCounts(totals, second);
  const text = summaryText(totals, 60_000);
  // the two lines scripts/test.mjs reads
  assert.match(text, /^ℹ pass 2$/m);
  assert.match(text, /^ℹ fail 1$/m);
  assert.match(text, /^ℹ tests 5$/m);
  assert.match(text, /^ℹ suites 2$/m);
  assert.match(text, /^ℹ duration_ms 60000\.000$/m);
});

test('a journey whose suite failed with no test failed (an import that threw, a hook, its time limit) counts as one', () => {
  const broken: Counts = {};
  tally(broken, ended({ nesting: 0, suite: true, passed: false }));
  assert.deepEqual(broken, { suites: 1, tests: 1, fail: 1 });
  // a failure already counted is not counted twice
  const failed: Counts = {};
  tally(failed, ended({ passed: false }));
  tally(failed, ended({ nesting: 0, suite: true, passed: false }));
  assert.equal(failed.fail, 1);
});
