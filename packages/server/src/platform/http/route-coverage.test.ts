// Every API route belongs to a scope matrix. Each matrix (packages/server/test/scope-matrix.ts) already fails when a
// route of the modules it lists has no row; this test closes the remaining gap — a module whose routes no matrix
// lists at all. It reads the `modules: [...]` of every scopeMatrix({...}) call in the server's test files.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createTestEnv, type TestEnv } from '../../../test/helpers';
import { registeredRoutes } from './app';

const srcDir = new URL('../..', import.meta.url).pathname;

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? testFiles(p) : n.endsWith('.test.ts') ? [p] : [];
  });
}

/** Module ids listed by the scopeMatrix() calls of the test files. */
export function modulesWithMatrix(): Set<string> {
  const out = new Set<string>();
  for (const f of testFiles(srcDir)) {
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/scopeMatrix\(\{[\s\S]*?modules:\s*\[([^\]]*)\]/g))
      for (const id of (m[1] ?? '').matchAll(/'([^']+)'/g)) if (id[1]) out.add(id[1]);
  }
  return out;
}

let env: TestEnv;
before(async () => {
  env = await createTestEnv({ demo: false });
});
after(() => env.close());

test('every registered API route belongs to a module that has a scope matrix', () => {
  const covered = modulesWithMatrix();
  assert.ok(covered.has('organisations') && covered.has('platform'), 'the matrices are found');
  const uncovered = registeredRoutes(env.app).filter((r) => !covered.has(r.module));
  assert.deepEqual(
    uncovered.map((r) => `${r.module}: ${r.method} ${r.url}`),
    [],
    'add a scope-matrix.test.ts to these modules (see packages/server/test/scope-matrix.ts)',
  );
});
