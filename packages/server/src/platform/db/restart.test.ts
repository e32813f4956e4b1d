// Fault test: PostgreSQL stops (fast shutdown, or kill -9 of the postmaster) and comes back while a burst of writes
// is in flight. The test runs its own embedded cluster — the harness's server is shared by every test file — so it
// can stop and kill it. Expected: the process lives, requests during the outage answer 503, every accepted write is
// stored with its audit event, and the server serves again once the database is back.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { ADMIN_PASSWORD, call, signIn, type Session } from '../../../test/helpers';
import { freePort } from '../../../test/free-port';
import { loadConfig } from '../config';
import { clockFromEnv } from '../clock';
import { createRegistry } from '../modules/registry';
import { FieldCipher } from '../crypto/sm';
import { buildApp } from '../http/app';
import { startJobRunner, type JobRunner } from '../jobs/runner';
import { ensureAdmin, prepareDatabase } from '../bootstrap';
import { verifyAuditChain } from '../audit/verify';
import type { Services } from '../services';
import { modules } from '../../modules';
import { createDb, ensureDatabase, type Db } from './connection';
import { startEmbeddedPostgres, type EmbeddedServer } from './embedded';
import { randomBytes } from 'node:crypto';
import { auditKeyOf } from '../audit/key';

const auditKey = auditKeyOf(randomBytes(32));

let dir: string;
let port: number;
let server: EmbeddedServer;
let db: Db;
let app: FastifyInstance;
let session: Session;
let jobs: JobRunner;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fazhi-restart-'));
  port = await freePort();
  server = await startEmbeddedPostgres(dir, port);
  await ensureDatabase(server.url, 'fazhi');
  const url = new URL(server.url);
  url.pathname = '/fazhi';
  db = createDb(url.toString(), 8).db;
  const registry = createRegistry(modules);
  const env = { clock: clockFromEnv(), auditKey };
  await prepareDatabase(db, registry, env, dir);
  const config = { ...loadConfig({}), dataDir: dir, adminPassword: ADMIN_PASSWORD };
  const services: Services = { config, db, registry, cipher: new FieldCipher(randomBytes(32)), ...env };
  await ensureAdmin(services);
  await db.updateTable('users').set({ must_change_password: false }).where('username', '=', 'admin').execute();
  // the job runner too, as `fazhi start` runs it: its pg-boss pool meets the same restart
  jobs = await startJobRunner(services, url.toString(), { relayIntervalMs: 100 });
  app = await buildApp(services, { jobs: () => jobs.status() });
  session = await signIn(app, 'admin', ADMIN_PASSWORD);
});

after(async () => {
  await app?.close();
  await jobs?.stop();
  await db?.destroy();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const until = async (cond: () => boolean | Promise<boolean>, ms = 60_000) => {
  for (const end = Date.now() + ms; Date.now() < end;) {
    if (await cond()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('timed out');
};

let next = 0;

/** Four writers create regions (one write transaction with its audit event each) until `interrupt` has run and 10
 * more writes were accepted after it. */
async function burstAcross(interrupt: () => Promise<void>) {
  const results: { code: string; status: number; errorCode: string | undefined }[] = [];
  let restartedAt = -1;
  const acceptedAfter = () => results.slice(restartedAt).filter((r) => r.status === 201).length;
  const writer = async () => {
    while (restartedAt < 0 || acceptedAfter() < 10) {
      const n = next++;
      const code = `1101${String(1 + Math.floor(n / 900)).padStart(2, '0')}${100 + (n % 900)}`; // 乡镇 codes
      const res = await call(app, session, 'POST', '/api/regions', { code, name: `故障测试乡镇${next}` });
      results.push({ code, status: res.statusCode, errorCode: (res.json() as { code?: string }).code });
      if (res.statusCode === 503) await new Promise((r) => setTimeout(r, 100));
    }
  };
  const burst = Promise.all([writer(), writer(), writer(), writer()]);
  await until(() => results.length >= 12);
  await interrupt();
  restartedAt = results.length;
  await burst;
  return results;
}

async function assertNothingLost(results: { code: string; status: number; errorCode: string | undefined }[]) {
  const unexpected = results.filter((r) => r.status !== 201 && r.status !== 503);
  assert.deepEqual(unexpected, [], 'every request either succeeded or answered 503');
  assert.ok(
    results.filter((r) => r.status === 503).every((r) => r.errorCode === 'DATABASE_UNAVAILABLE'),
    'a 503 says the database is unavailable',
  );
  const accepted = results.filter((r) => r.status === 201).map((r) => r.code);
  const stored = await db.selectFrom('regions').select('code').where('code', 'in', accepted).execute();
  assert.equal(stored.length, accepted.length, 'every accepted write is stored');
  const events = await db
    .selectFrom('audit_events')
    .select('subject_id')
    .where('action', '=', 'region.created')
    .where('subject_id', 'in', accepted)
    .execute();
  assert.equal(events.length, accepted.length, 'every accepted write has its audit event');
  const v = await verifyAuditChain(db, auditKey);
  assert.equal(v.ok, true, JSON.stringify(v.problems));
  const health = await app.inject({ url: '/api/health' });
  assert.equal(health.statusCode, 200);
  // the relay runs again, so health no longer reports the error from the outage
  await until(async () => {
    const h = (await app.inject({ url: '/api/health' })).json() as { jobs: { lastError: string | null } };
    return h.jobs.lastError === null;
  }, 30_000);
}

describe('PostgreSQL restarting under a burst of writes', () => {
  test('a fast shutdown and restart: requests in flight and during the outage answer 503, then writes succeed', async () => {
    const results = await burstAcross(async () => {
      await server.stop();
      const down = await app.inject({ url: '/api/health' });
      assert.equal(down.statusCode, 503, 'health reports the database down');
      await new Promise((r) => setTimeout(r, 300));
      server = await startEmbeddedPostgres(dir, port);
    });
    assert.ok(
      results.some((r) => r.status === 503),
      'some writes met the outage',
    );
    await assertNothingLost(results);
  });

  test('kill -9 of the postmaster: the server survives and serves once PostgreSQL has recovered', async () => {
    const results = await burstAcross(async () => {
      process.kill(server.pid, 'SIGKILL');
      await new Promise((r) => setTimeout(r, 500));
      // the backends notice their postmaster died and exit; then the cluster starts over its crash (WAL replay)
      for (let attempt = 0; ; attempt++) {
        try {
          server = await startEmbeddedPostgres(dir, port);
          break;
        } catch (e) {
          if (attempt > 20) throw e;
          await new Promise((r) => setTimeout(r, 500));
        }
      }
    });
    await assertNothingLost(results);
  });
});
