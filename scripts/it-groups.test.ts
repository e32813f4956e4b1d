// Which integration files share a process (scripts/it-groups.mjs): the short files of one module together, up to a
// group's CPU; a file of much CPU and the files that change their whole process alone; the longest unit first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ALONE, groupFiles, partOf, wallFrom } from './it-groups.mjs';

const m = (module: string, name: string) => `packages/server/src/modules/${module}/${name}.test.ts`;
const p = (name: string) => `packages/server/src/platform/${name}.test.ts`;

test('short files of one module share a process, up to the group CPU; a file of much CPU has its own', () => {
  const secs: Record<string, number> = {
    [m('calendar', 'a')]: 10,
    [m('calendar', 'b')]: 12,
    [m('calendar', 'c')]: 45,
    [m('audit', 'x')]: 8,
    [p('auth/auth')]: 11,
    [p('jobs/jobs')]: 20,
  };
  // CPU decides who shares (here a tenth of the wall time), the wall time the order
  const cost = { cpu: (f: string) => (secs[f] ?? 0) / 10, wall: (f: string) => secs[f] ?? 0 };
  const units = groupFiles(Object.keys(secs), cost, { shareBelow: 3, groupUpTo: 6 });
  assert.deepEqual(units, [
    [m('calendar', 'c')],
    [p('jobs/jobs'), p('auth/auth')],
    [m('calendar', 'b'), m('calendar', 'a')],
    [m('audit', 'x')],
  ]);
});

test('a group stops at its CPU and the next one opens; every file runs exactly once', () => {
  const files = Array.from({ length: 7 }, (_, i) => m('workbench', `f${i}`));
  const units = groupFiles(files, { cpu: () => 2, wall: () => 20 }, { shareBelow: 3, groupUpTo: 5 });
  assert.deepEqual(
    units.map((u) => u.length),
    [2, 2, 2, 1],
  );
  assert.deepEqual(units.flat().sort(), [...files].sort());
});

test('a file that changes or measures its whole process, or waits on processes it starts, runs alone', () => {
  const segmenter = 'packages/server/src/platform/segmenter.test.ts';
  assert.ok(ALONE[segmenter]);
  assert.ok(ALONE['packages/server/src/cli/first-start.test.ts']);
  const units = groupFiles([segmenter, p('settings'), p('clock')], { cpu: () => 2, wall: () => 5 });
  assert.deepEqual(units, [[p('clock'), p('settings')], [segmenter]]);
  // with no sharing (FAZHI_IT_GROUPS=0 in the harness) each file is a unit, longest first
  const wall = (f: string) => (f === p('clock') ? 1 : 2);
  const alone = groupFiles([p('clock'), p('settings')], { cpu: () => 1, wall }, { shareBelow: 0 });
  assert.deepEqual(alone, [[p('settings')], [p('clock')]]);
});

test("a file's part is its module, or the platform for the platform and CLI", () => {
  assert.equal(partOf(m('major-decisions', 'records/records')), 'major-decisions');
  assert.equal(partOf('packages/server/src/cli/cli.test.ts'), 'platform');
});

test('a file no run has recorded starts before the recorded ones, whatever its size; a fresh clone orders by size', () => {
  const recorded = { [m('calendar', 'long')]: 300, [m('calendar', 'short')]: 5 };
  const wall = wallFrom(recorded, () => 1);
  const files = [m('calendar', 'short'), m('calendar', 'long'), m('major-decisions', 'matrix-half')];
  const units = groupFiles(files, { cpu: () => 10, wall });
  assert.deepEqual(units, [[m('major-decisions', 'matrix-half')], [m('calendar', 'long')], [m('calendar', 'short')]]);
  const fresh = wallFrom({}, (f) => (f.includes('long') ? 9 : 1));
  assert.deepEqual(groupFiles(files, { cpu: () => 10, wall: fresh })[0], [m('calendar', 'long')]);
});
