// The first `fazhi start` on a database without a region seeds the demo region in a process of its own (`fazhi
// seed-demo --json`, cli/start.ts), so that the server does not idle on the heap the seed grew (issue 12: 174 MiB
// against 112 MiB after a restart; bench/first-start.bench.ts measures it). The server still prints the demo accounts
// and the generated password once, and the region is there; the command alone prints the same result as JSON.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { recordFileCpuAtExit } from '../../test/file-cpu';

recordFileCpuAtExit();
const root = new URL('../../../..', import.meta.url).pathname;
const adminUrl = process.env.FAZHI_TEST_ADMIN_URL ?? '';
let freshUrl = '';
const fresh = `fz_${Math.random().toString(36).slice(2)}_fresh`;

async function admin(statement: string) {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(statement);
  } finally {
    await c.end();
  }
}

// The database has the schema and the shipped reference data (a clone of the run's schema template) and nothing
// else: what the start does on it — the administrator, the demo seeded apart — is what this test is about; the
// migrations on an empty database are the backup and restart tests' (platform/db), not a second run of them here.
before(async () => {
  assert.ok(adminUrl, 'run by the integration harness (FAZHI_TEST_ADMIN_URL)');
  await admin(`CREATE DATABASE ${fresh} TEMPLATE ${process.env.FAZHI_TEST_TEMPLATE}`);
  const u = new URL(adminUrl);
  u.pathname = `/${fresh}`;
  freshUrl = u.toString();
});
after(() => admin(`DROP DATABASE IF EXISTS ${fresh} WITH (FORCE)`));

const processEnv = (dataDir: string) => {
  const e: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: freshUrl,
    FAZHI_DATA_DIR: dataDir,
    FAZHI_SECRET_KEY: process.env.FAZHI_TEST_CIPHER_KEY,
    FAZHI_JOBS: '0',
    HOST: '127.0.0.1',
    PORT: '0',
  };
  delete e.FAZHI_DEMO_PASSWORD;
  return e;
};

test('the first start on a database without a region seeds the demo apart and prints its accounts and password once', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'fazhi-first-start-'));
  const server = spawn(process.execPath, ['packages/server/bin/fazhi.mjs', 'start'], {
    cwd: root,
    env: processEnv(dataDir),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  server.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = once(server, 'exit');
  try {
    await new Promise<void>((resolve, reject) => {
      server.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
        if (stdout.includes('平台已启动') && stdout.includes('演示密码')) resolve();
      });
      void exited.then(() => reject(new Error(`the server exited: ${stdout}${stderr}`)));
    });
    assert.match(stdout, /已载入示范区演示数据。演示账号：demo\.[a-z]+、/);
    assert.match(stdout, /演示密码：\S+（仅显示一次）/);
    // the seed's own output (its JSON) is the server's to read, not printed
    assert.doesNotMatch(stdout, /"users"/);
    const c = new pg.Client({ connectionString: freshUrl });
    await c.connect();
    try {
      const r = await c.query(`SELECT name FROM regions WHERE code = '159901'`);
      assert.equal(r.rows[0]?.name, '示范区（演示）');
    } finally {
      await c.end();
    }
  } finally {
    server.kill('SIGTERM');
    await exited;
  }
  // started again on its data, it finds the demo there and seeds nothing
  const again = spawnSync(process.execPath, ['packages/server/bin/fazhi.mjs', 'seed-demo', '--json'], {
    cwd: root,
    env: processEnv(dataDir),
    encoding: 'utf8',
  });
  assert.equal(again.status, 0, again.stderr);
  assert.equal(again.stdout.trim(), 'null');
});
