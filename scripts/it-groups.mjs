// Which integration test files share a process (packages/server/test/run-integration.ts). Pure, so
// scripts/it-groups.test.ts covers it.
//
// A test file's process costs about 1 CPU-s before its first test (node, the ESM loader linking the bundle and its
// npm packages) and the first `createTestEnv` of a process about 0.6 more than a later one (PostgreSQL's and the
// pool's caches are cold). A file of a few seconds pays that start in full, so the short files of one module run one
// after another in one process, each in a suite of its own named by the file (group-runner.ts), while a long file
// keeps a process of its own: it gains little from a shared start, and a group that holds it would become the stage's
// tail. Files of one module go together because they load the same code.

/**
 * Files that must run in a process of their own, whatever their CPU, and why: each changes or measures state of its
 * whole process, which a file before or after it in a shared process would disturb or be disturbed by, or waits a
 * long wall time on processes it starts, which would hold up the files queued behind it.
 * @type {Readonly<Record<string, string>>}
 */
export const ALONE = {
  'packages/server/src/platform/segmenter.test.ts':
    "measures its own process's resident memory before and after the dictionary is loaded and released",
  'packages/server/src/platform/http/idle-memory.test.ts':
    'installs a SIGUSR2 handler on its process for the probe it starts, and measures memory',
  'packages/server/src/modules/normative-documents/route-matrix.test.ts':
    "shares route-matrix-rows.ts's per-place records (module state) with the second half, which must not see them",
  'packages/server/src/modules/normative-documents/route-matrix-2.test.ts':
    "shares route-matrix-rows.ts's per-place records (module state) with the first half, which must not see them",
  'packages/server/src/modules/major-decisions/scope-matrix.test.ts':
    'a half of the decisions matrix, which runs beside the other half: in one process the two would run in a row',
  'packages/server/src/modules/major-decisions/scope-matrix-2.test.ts':
    'a half of the decisions matrix, which runs beside the other half: in one process the two would run in a row',
  'packages/server/src/cli/first-start.test.ts': 'waits on the `fazhi` and PostgreSQL processes it starts',
  'packages/server/src/platform/db/restart.test.ts': 'waits on the server and PostgreSQL processes it restarts',
  'packages/server/src/platform/db/embedded.test.ts': 'waits on the PostgreSQL clusters it starts and stops',
};

/** Recorded CPU seconds from which a file runs alone: a longer file gains little from a shared start. (CPU, not
 * wall time, since under load every file's wall time grows several times over while its CPU grows little.) */
export const SHARE_BELOW_CPU = 8;
/** Recorded CPU seconds a group of short files may add up to, so that no group becomes the stage's tail. */
export const GROUP_UP_TO_CPU = 24;

/** CPU seconds per byte of test source for a file no run has recorded (a fresh clone, a new file): the median of
 * the recorded files (2026-12-07), about 0.65 CPU-s a kilobyte. */
export const CPU_PER_BYTE = 0.65 / 1000;

/**
 * The wall time to order a file by: the last run's, or for a file no run has recorded (a new file, or one renamed)
 * its estimate above the longest recorded, so that it starts among the first. Its size says little of its length —
 * a matrix's test file is a few lines that run a long table kept beside it — and a long file started last holds
 * the stage open alone, while a short one started first costs nothing.
 * @param {Readonly<Record<string, number>>} recorded
 * @param {(file: string) => number} estimate
 * @returns {(file: string) => number}
 */
export function wallFrom(recorded, estimate) {
  const longest = Math.max(0, ...Object.values(recorded));
  return (file) => recorded[file] ?? longest + estimate(file);
}

/** The part of the tree a file belongs to: its module, or the platform and CLI. */
export function partOf(file) {
  return /packages\/server\/src\/modules\/([^/]+)\//.exec(file)?.[1] ?? 'platform';
}

/**
 * The files as the units the harness runs, each unit one process: a file of `shareBelow` CPU seconds or more, or
 * one of `alone`, by itself; the shorter files of one part together up to `groupUpTo` CPU seconds. Longest unit
 * first by the summed `wall` (the wall time the last run recorded, or an estimate), so that no long unit starts last
 * and holds the stage open alone.
 * @param {readonly string[]} files
 * @param {{ cpu: (file: string) => number, wall: (file: string) => number }} cost
 * @param {{ shareBelow?: number, groupUpTo?: number, alone?: Readonly<Record<string, string>> }} [opts]
 * @returns {string[][]}
 */
export function groupFiles(files, { cpu, wall }, opts = {}) {
  const { shareBelow = SHARE_BELOW_CPU, groupUpTo = GROUP_UP_TO_CPU, alone = ALONE } = opts;
  const units = [];
  const open = new Map();
  const byLength = [...files].sort((a, b) => wall(b) - wall(a) || a.localeCompare(b));
  for (const file of byLength) {
    if (file in alone || cpu(file) >= shareBelow) {
      units.push([file]);
      continue;
    }
    const part = partOf(file);
    let group = open.get(part);
    if (!group || group.cpu + cpu(file) > groupUpTo) {
      group = { files: [], cpu: 0 };
      open.set(part, group);
      units.push(group.files);
    }
    group.files.push(file);
    group.cpu += cpu(file);
  }
  const total = (unit) => unit.reduce((sum, f) => sum + wall(f), 0);
  return units
    .map((unit, i) => ({ unit, i, s: total(unit) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map(({ unit }) => unit);
}
