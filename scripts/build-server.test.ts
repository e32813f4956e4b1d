// The server bundle (scripts/build-server.mjs): our sources keep finding the files beside them, the bundle is rebuilt
// only when a source is newer, and a bundled test file is named back as its source.
import { test } from 'node:test';
import { spawnSync } from 'node:child_process';
import assert from 'node:assert/strict';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
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

test('several test files bundled as one unit run one after another in one process, each as a suite of its own', async (t) => {
  mkdirSync(join(root, 'packages/server/dist'), { recursive: true });
  const dir = mkdtempSync(join(root, 'packages/server/dist/group-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const src = relative(root, dir);
  // the first file's top-level hooks close what it opened before the second starts, its variable does not reach
  // the second, and the second fails on its own name
  writeFileSync(
    join(dir, 'first.test.ts'),
    `import { after, before, test } from 'node:test';
     before(() => console.log('first: opened'));
     after(() => console.log('first: closed'));
     test('first works', () => { process.env.FAZHI_NOW = '2030-01-01'; });`,
  );
  writeFileSync(
    join(dir, 'second.test.ts'),
    `import { before, test } from 'node:test';
     before(() => console.log('second: opened, clock ' + (process.env.FAZHI_NOW ?? 'unpinned')));
     test('second fails', () => { throw new Error('second broke'); });`,
  );
  const files = [`${src}/first.test.ts`, `${src}/second.test.ts`];
  const out = join(dir, 'bundle');
  const runner = join(root, 'packages/server/test/group-runner.ts');
  const built = await bundleTests([files], out, { runner });
  const entry = built.get(files[0] ?? '');
  assert.ok(entry);
  assert.equal(entry, join(out, `000/${src}/group-of-2.mjs`));
  assert.equal(built.get(files[1] ?? ''), entry);
  assert.equal(sourceOfBundled(entry, out), `${dir} (2 files)`);
  // a list of one file runs through the runner too, under the file's own name
  const one = await bundleTests([[files[0] ?? '']], join(dir, 'one'), { runner });
  assert.equal(one.get(files[0] ?? ''), join(dir, 'one', `000/${src}/first.test.mjs`));
  assert.match(readFileSync(one.get(files[0] ?? '') ?? '', 'utf8'), /runGroup/);
  const cpuDir = join(dir, 'cpu');
  mkdirSync(cpuDir);
  const env = { ...process.env, FAZHI_TEST_CPU_DIR: cpuDir, FAZHI_IT_FILE_LIMIT_MS: '20000' };
  delete env.FAZHI_NOW;
  delete env.NODE_TEST_CONTEXT; // run as a runner of its own, not as a child reporting to this test's runner
  const run = spawnSync(process.execPath, ['--test', '--test-reporter=spec', entry], { env, encoding: 'utf8' });
  assert.equal(run.status, 1, run.stdout);
  const said = run.stdout;
  const at = (s: string) => said.indexOf(s);
  assert.ok(at('first: opened') >= 0 && at('first: opened') < at('first: closed'), said);
  assert.ok(at('first: closed') < at('second: opened, clock unpinned'), said);
  assert.match(said, new RegExp(`${files[0]}[\\s\\S]*✔ first works`));
  assert.match(said, new RegExp(`✖ ${files[1]}`));
  assert.match(said, /second broke/);
  assert.match(run.stderr + said, /first\.test\.ts: environment put back after the file \(FAZHI_NOW\)/);
  // each file's own CPU and wall time, named by its source
  const times = readdirSync(cpuDir).map(
    (n) => JSON.parse(readFileSync(join(cpuDir, n), 'utf8')) as { file: string; cpu: number; wall: number },
  );
  assert.deepEqual(times.map((x) => x.file).sort(), files.map((f) => join(root, f)).sort());
  for (const x of times) assert.ok(x.cpu > 0 && x.wall > 0, JSON.stringify(x));
});
