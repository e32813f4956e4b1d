// The rehearsal of `npm test` with more modules (scripts/suite-rehearsal.mjs): how a copy of a test file is written,
// where each copy goes, the records that order it like its original, the table read back and the verdict.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BUDGET_SECONDS,
  copiedText,
  copyPath,
  readTable,
  REFERENCE_JOURNEYS,
  verdict,
  withCopies,
} from './suite-rehearsal.mjs';

test('a copy imports the original’s neighbours by absolute path and reads files beside the original', () => {
  const original = '/repo/packages/server/src/modules/major-decisions/records/records.test.ts';
  const text = [
    "import { test } from 'node:test';",
    "import { createTestEnv, type TestEnv } from '../../../../test/helpers';",
    'import {',
    '  draftOf,',
    "} from './test/fixtures';",
    "import './side-effect';",
    "export { x } from '../links';",
    "const lazy = await import('./lazy');",
    "const sql = new URL('../migrations/1.sql', import.meta.url);",
  ].join('\n');
  const resolveImport = (dir: string, spec: string) => `${dir}/${spec}.ts`;
  const copied = copiedText(text, original, resolveImport);
  const dir = '/repo/packages/server/src/modules/major-decisions/records';
  assert.equal(
    copied,
    [
      "import { test } from 'node:test';",
      `import { createTestEnv, type TestEnv } from '${dir}/../../../../test/helpers.ts';`,
      'import {',
      '  draftOf,',
      `} from '${dir}/./test/fixtures.ts';`,
      `import '${dir}/./side-effect.ts';`,
      `export { x } from '${dir}/../links.ts';`,
      `const lazy = await import('${dir}/./lazy.ts');`,
      `const sql = new URL('../migrations/1.sql', "file://${original}");`,
    ].join('\n'),
  );
});

test('the copies of a module are parts of their own for the harness, the journeys folders of their own', () => {
  const base = '.fazhi-test/rehearsal';
  assert.equal(
    copyPath(base, 'packages/server/src/modules/major-decisions/records/records.test.ts', 3),
    '.fazhi-test/rehearsal/packages/server/src/modules/major-decisions-copy-3/records/records.test.ts',
  );
  assert.equal(
    copyPath(base, 'e2e/office-archives-a-decision.journey.ts', 2),
    '.fazhi-test/rehearsal/journeys-copy-2/office-archives-a-decision.journey.ts',
  );
  assert.equal(REFERENCE_JOURNEYS.length, 8);
});

test('each copy takes its original’s recorded time, so the copies are ordered and grouped as the originals are', () => {
  const record = { 'e2e/a.journey.ts': 20, 'e2e/b.journey.ts': 5 };
  const copies = new Map([
    ['c1/a.journey.ts', 'e2e/a.journey.ts'],
    ['c1/new.journey.ts', 'e2e/new.journey.ts'],
  ]);
  assert.deepEqual(withCopies(record, copies), { ...record, 'c1/a.journey.ts': 20 });
});

test('the stage table is read back and judged against the budget, the copies’ own server starts taken off', () => {
  const output = [
    '=== time per stage (wall: elapsed; cpu: user + sys)',
    'stage                       start s    wall s     cpu s',
    'integration tests              1.2     700.0     800.0',
    'browser journeys               1.2     650.0     400.0',
    'total                                  710.0    1300.0',
    'cores used: 1.83',
    '',
    '复制模块的服务：14 个，启动至可用 CPU 42.0 s（排练多出的部分）',
  ].join('\n');
  const table = readTable(output);
  assert.deepEqual(table, { wall: 710, cpu: 1300, servers: 14, serversCpu: 42 });
  const text = verdict(table!, { modules: 7, stages: [] });
  assert.match(text, /7 more modules of the major-decisions size\n/);
  assert.match(
    text,
    new RegExp(`710 s wall, 1300 CPU-s, 1\\.83 cores used: over the ${BUDGET_SECONDS} s budget by 110 s`),
  );
  assert.match(text, /without the copies' 14 own server starts \(42 CPU-s, the rehearsal's\): 1258 CPU-s, about 687 s/);
  const within = verdict({ wall: 500, cpu: 900, servers: 0, serversCpu: 0 }, { modules: 1, stages: ['integration'] });
  assert.match(within, /1 more module of .* \(stages integration only: the budget is the whole run's\)/);
  assert.match(within, /within the 600 s budget by 100 s/);
  assert.equal(readTable('no table'), null);
});
