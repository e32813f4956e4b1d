// The embedded PostgreSQL and the processes around it: a postmaster left behind by a server killed with kill -9 is
// stopped by the next start; while a server runs, the CLI uses its postmaster and a second `fazhi start` on the same
// data directory refuses with a Chinese sentence (exit 3) instead of printing `undefined`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from '../../../test/free-port';
import { startEmbeddedPostgres, type EmbeddedServer } from './embedded';

const root = new URL('../../../../..', import.meta.url).pathname;
const embeddedModule = new URL('./embedded.ts', import.meta.url).pathname;

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const fazhi = (args: string[], dataDir: string, port: number) =>
  spawnSync(process.execPath, ['packages/server/bin/fazhi.mjs', ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', FAZHI_DATA_DIR: dataDir, FAZHI_PG_PORT: String(port), PORT: '0' },
    encoding: 'utf8',
    timeout: 180_000,
  });

const dirs: string[] = [];
const servers: EmbeddedServer[] = [];
after(async () => {
  for (const s of servers) await s.stop().catch(() => undefined);
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('a postmaster left by a server killed with kill -9', () => {
  test('the next start stops it and starts the cluster again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-orphan-'));
    dirs.push(dir);
    const port = await freePort();
    // A process that starts the embedded cluster as `fazhi start` does, then dies without its exit hooks.
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        `import(${JSON.stringify(embeddedModule)}).then(async (m) => { const s = await m.startEmbeddedPostgres(${JSON.stringify(dir)}, ${port}); console.log('ready ' + s.pid); setInterval(() => undefined, 1000); });`,
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const orphanPid = await new Promise<number>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        const m = /ready (\d+)/.exec(d.toString());
        if (m) resolve(Number(m[1]));
      });
      child.on('exit', () => reject(new Error('the child exited before its cluster was ready')));
    });
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    assert.ok(alive(orphanPid), 'kill -9 of the server leaves its postmaster running');

    const server = await startEmbeddedPostgres(dir, port);
    servers.push(server);
    assert.equal(alive(orphanPid), false, 'the leftover postmaster was stopped');
    assert.notEqual(server.pid, orphanPid);
    const c = new pg.Client({ connectionString: server.url });
    await c.connect();
    assert.equal((await c.query('SELECT 1 AS one')).rows[0]?.one, 1);
    await c.end();
  });
});

describe('the CLI beside a running server', () => {
  let dir: string;
  let port: number;
  let server: EmbeddedServer;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'fazhi-beside-'));
    dirs.push(dir);
    port = await freePort();
    server = await startEmbeddedPostgres(dir, port);
    servers.push(server);
  });

  test('`fazhi audit verify` uses the running postmaster and leaves it running (exit 0)', () => {
    const r = fazhi(['audit', 'verify'], dir, port);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /审计日志完整/);
    assert.ok(alive(server.pid), 'the server keeps its database');
  });

  test('a second `fazhi start` on the same data directory refuses in Chinese with exit 3', () => {
    const r = fazhi(['start'], dir, port);
    assert.equal(r.status, 3, r.stdout + r.stderr);
    assert.match(r.stderr, new RegExp(`正由运行中的平台进程（PID ${process.pid}）使用`));
    assert.doesNotMatch(r.stderr, /undefined/);
    assert.ok(alive(server.pid));
  });

  test('with the database unreachable `fazhi audit verify` exits 3 ("could not check"), not 1 ("tampered")', async () => {
    const closed = await freePort();
    const r = spawnSync(process.execPath, ['packages/server/bin/fazhi.mjs', 'audit', 'verify'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: `postgres://x:y@127.0.0.1:${closed}/fazhi`, FAZHI_DATA_DIR: dir },
      encoding: 'utf8',
    });
    assert.equal(r.status, 3, r.stderr);
    assert.match(r.stderr, /无法连接数据库（127\.0\.0\.1:\d+ 拒绝连接）/);
  });
});
