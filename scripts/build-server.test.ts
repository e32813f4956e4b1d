// The server bundle (scripts/build-server.mjs): our sources keep finding the files beside them, the bundle is rebuilt
// only when a source is newer, and a bundled test file is named back as its source.
import { test } from 'node:test';
import { spawnSync } from 'node:child_process';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { bundleTests, serverBuildIsStale, serverBundle, sourceOfBundled } from './build-server.mjs';

const root = new URL('..', import.meta.url).pathname;

test("a bundled module's import.meta.url is its source's: the migrations are found beside the sources", async (t) => {
  // inside the tree, where the bundle's bare imports find node_modules
  mkdirSync(join(root, 'packages/server/dist'), { recursive: true });
  const out = mkdtempSync(join(root, 'packages/server/dist/test-'));
  t.after(() => rmSync(out, { recursive: true, force: true }));
  const source = 'packages/server/src/platform/db/migrate.ts';
  const second = 'packages/server/src/platform/clock.ts';
  const built = await bundleTests([source, second], out);
  const bundled = built.get(source);
  // named by its rank in the list given, so that node:test, which sorts its files by path, keeps that order
  assert.equal(bundled, join(out, '000/packages/server/src/platform/db/migrate.mjs'));
  assert.equal(built.get(second), join(out, '001/packages/server/src/platform/clock.mjs'));
  assert.ok(bundled && existsSync(bundled));
  const m = (await import(pathToFileURL(bundled).href)) as { platformMigrationsDir: string };
  assert.equal(m.platformMigrationsDir, join(root, 'packages/server/migrations'));
  assert.ok(existsSync(join(m.platformMigrationsDir, '202611220001_platform.sql')));
  assert.equal(sourceOfBundled(bundled, out), join(root, source));
});

test('the server bundle is built when older than a source, and reused when not', async () => {
  // built in a process started in another directory, as `npx fazhi` anywhere does (esbuild takes the working
  // directory of the process that loads it)
  const built = spawnSync(
    process.execPath,
    [
      '-e',
      `import(${JSON.stringify(join(root, 'scripts/build-server.mjs'))}).then((m) => m.buildServer()).then(console.log)`,
    ],
    { cwd: tmpdir(), encoding: 'utf8' },
  );
  assert.equal(built.status, 0, built.stderr);
  const entry = built.stdout.trim();
  assert.ok(existsSync(entry), entry);
  assert.equal(dirname(entry), join(root, 'packages/server/dist/server'));
  assert.match(readFileSync(entry, 'utf8'), /sourceMappingURL=main-\w+\.mjs\.map/);
  assert.equal(serverBuildIsStale(), false);
  assert.equal(await serverBundle({ quiet: true }), entry);
  // the pointer dated before the sources: stale
  const pointer = join(root, 'packages/server/dist/server/build.json');
  const { atime, mtime } = statSync(pointer);
  utimesSync(pointer, atime, new Date(0));
  try {
    assert.equal(serverBuildIsStale(), true);
  } finally {
    utimesSync(pointer, atime, mtime);
  }
});
