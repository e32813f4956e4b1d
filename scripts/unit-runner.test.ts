// The unit stage's one process (scripts/unit-runner.mjs): each file's tests under its name, its hooks its own, a
// failing test or a file that throws on import reported and failing the run, the files after it still run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

test('the files run in one process, each a suite of its own with its hooks, failures counted and named', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fazhi-unit-runner-'));
  try {
    // the first file's top-level hook counts its own tests; the second file's test sees the count unchanged
    writeFileSync(
      join(dir, 'a.test.mjs'),
      `import { beforeEach, test } from 'node:test';
globalThis.hooked = 0;
beforeEach(() => { globalThis.hooked++; });
process.env.FAZHI_UNIT_RUNNER_PROBE = 'left by a';
test('a passes', () => {});
test('a fails', () => { throw new Error('a failed on purpose'); });`,
    );
    writeFileSync(join(dir, 'b.test.mjs'), `throw new Error('b cannot load');`);
    writeFileSync(
      join(dir, 'c.test.mjs'),
      `import { test } from 'node:test';
import assert from 'node:assert/strict';
test('c runs after the others, without their hooks or environment', () => {
  assert.equal(globalThis.hooked, 2);
  assert.equal(process.env.FAZHI_UNIT_RUNNER_PROBE, undefined);
});`,
    );
    const res = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '--test-reporter=spec',
        'scripts/unit-runner.mjs',
        ...['a', 'b', 'c'].map((n) => join(dir, `${n}.test.mjs`)),
      ],
      // under `node --test` this file's process is a child whose reporter its parent reads: not the runner's
      { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_TEST_CONTEXT: undefined } },
    );
    const out = res.stdout;
    assert.equal(res.status, 1, out);
    for (const n of ['a', 'b', 'c']) assert.match(out, new RegExp(`${n}\\.test\\.mjs`));
    assert.match(out, /✖ a fails/);
    assert.match(out, /b cannot load/);
    assert.match(out, /✔ c runs after the others/);
    assert.match(out, /^ℹ pass 2$/m);
    assert.match(out, /^ℹ fail 1$/m);
    // the file that could not load is its suite's failure (node:test counts tests only), listed with the failing test
    const failing = out.slice(out.indexOf('✖ failing tests:'));
    assert.match(failing, /✖ a fails/);
    assert.match(failing, /✖ \S*b\.test\.mjs[\s\S]*b cannot load/);
    assert.match(res.stderr, /environment put back after the file \(FAZHI_UNIT_RUNNER_PROBE\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
