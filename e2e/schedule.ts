// How the journeys are spread over the shards and how their results add up. Pure, so e2e/schedule.test.ts covers it.
//
// Each journey runs in its own process; a shard takes the next journey from one queue when its last one ends. The
// queue is ordered longest first by the durations the last runs recorded (.fazhi-test/e2e-durations.json), so the
// long journeys start early and the short ones fill the gaps: the shards finish together. A journey no run has
// recorded yet (a new module's, or every one on a fresh clone) is estimated from its file's size.

/** Seconds per byte of journey source, from the recorded runs (2026-12-07, two shards at load 20: the 23 journeys'
 * 101 KB took 780 s, about 1 s per 130 bytes). */
const SECONDS_PER_BYTE = 1 / 130;

/** The journeys in the order the shards take them: longest (recorded, or estimated from size) first. The
 * integration harness queues its files the same way (packages/server/test/run-integration.ts). */
export function longestFirst(
  journeys: readonly { file: string; bytes: number }[],
  recorded: Readonly<Record<string, number>>,
): string[] {
  const estimate = (j: { file: string; bytes: number }) => recorded[j.file] ?? j.bytes * SECONDS_PER_BYTE;
  return [...journeys].sort((a, b) => estimate(b) - estimate(a) || a.file.localeCompare(b.file)).map((j) => j.file);
}

/** The shard count: FAZHI_E2E_SHARDS (a positive whole number), by default the machine's cores, never more than
 * there are journeys. */
export function shardCount(setting: string | undefined, cores: number, journeys: number): number {
  let n = cores;
  if (setting !== undefined && setting !== '') {
    n = Number(setting);
    if (!Number.isInteger(n) || n < 1) throw new Error(`环境变量 FAZHI_E2E_SHARDS 必须是正整数，当前为「${setting}」`);
  }
  return Math.max(1, Math.min(n, journeys));
}

export type Counts = Record<string, number>;

/** The message that ends a shard's process (e2e/shard-worker.ts); no journey file is named so. */
export const END_OF_SHARD = '';

/** What e2e/run.ts sends a shard's process: a journey's file, run against the shard's server, or (a journey of a
 * module's copy, in the suite's rehearsal) its file with the copy's server and database (`FAZHI_E2E_BASE_URL`,
 * `FAZHI_E2E_DATABASE_URL`, `FAZHI_E2E_DATA_DIR`). */
export type JourneyMessage = string | { file: string; env: Record<string, string> };

/** The names of node:test's closing summary, in its order ("ℹ pass N" / "ℹ fail N" are what scripts/test.mjs
 * reads). */
export const SUMMARY_KEYS = ['tests', 'suites', 'pass', 'fail', 'cancelled', 'skipped', 'todo', 'duration_ms'];

/** What node:test reports of a test that ended (the fields of its test:pass / test:fail events used here). */
export interface Ended {
  passed: boolean;
  nesting: number;
  suite: boolean;
  skip: boolean;
  todo: boolean;
  cancelled: boolean;
}

/**
 * Counts one ended test of a journey as node:test's summary does: tests (not suites) as passed, failed, cancelled
 * (by a parent that failed or ran out of time), skipped or todo. The journey's own suite (nesting 0) failing with
 * none of its tests failed — an import that threw, a hook, its time limit — counts as one failed test.
 */
export function tally(counts: Counts, e: Ended): void {
  const add = (k: string) => (counts[k] = (counts[k] ?? 0) + 1);
  if (e.suite) {
    add('suites');
    if (e.nesting === 0 && !e.passed && !counts.fail && !counts.cancelled) {
      add('tests');
      add('fail');
    }
    return;
  }
  add('tests');
  if (e.skip) add('skipped');
  else if (e.todo) add('todo');
  else if (e.passed) add('pass');
  else add(e.cancelled ? 'cancelled' : 'fail');
}

/** Adds `b` into `a`. */
export function addCounts(a: Counts, b: Counts): void {
  for (const [k, v] of Object.entries(b)) a[k] = (a[k] ?? 0) + v;
}

/** node:test's closing summary for the whole stage. */
export function summaryText(counts: Counts, wallMs: number): string {
  return SUMMARY_KEYS.map((k) => `ℹ ${k} ${k === 'duration_ms' ? wallMs.toFixed(3) : (counts[k] ?? 0)}`).join('\n');
}
