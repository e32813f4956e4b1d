import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { sql } from 'kysely';
import { createTestEnv, type TestEnv } from '../../../test/helpers';
import { verifyAuditChain } from './verify';

let env: TestEnv;
before(async () => {
  env = await createTestEnv();
});
after(() => env.close());

const cli = (args: string[], databaseUrl: string) =>
  spawnSync(process.execPath, ['packages/server/bin/fazhi.mjs', ...args], {
    cwd: new URL('../../../../..', import.meta.url).pathname,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      FAZHI_DATA_DIR: env.services.config.dataDir,
      FAZHI_SECRET_KEY: 'ab'.repeat(32),
    },
    encoding: 'utf8',
  });

describe('audit chain', () => {
  test('an untouched chain verifies, through the API function and through `fazhi audit verify`', async () => {
    const r = await verifyAuditChain(env.services.db, env.services.auditKey);
    assert.equal(r.ok, true, JSON.stringify(r.problems));
    assert.ok(r.events > 20);
    const run = cli(['audit', 'verify'], env.dbUrl);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /审计日志完整/);
  });

  test('a hand-edited row is detected at that row, and the CLI exits non-zero naming it', async () => {
    const target = await env.services.db
      .selectFrom('audit_events')
      .select(['region_code', 'seq'])
      .where('region_code', '=', '159901')
      .where('seq', '=', '5')
      .executeTakeFirstOrThrow();
    await sql`UPDATE audit_events SET summary = summary || '（篡改）' WHERE region_code = ${target.region_code} AND seq = 5`.execute(
      env.services.db,
    );
    const r = await verifyAuditChain(env.services.db, env.services.auditKey);
    assert.equal(r.ok, false);
    assert.equal(r.problems[0]?.regionCode, '159901');
    assert.equal(r.problems[0]?.seq, '5');
    const run = cli(['audit', 'verify'], env.dbUrl);
    assert.notEqual(run.status, 0);
    assert.match(run.stderr, /区划 159901 第 5 号事件/);
    await sql`UPDATE audit_events SET summary = replace(summary, '（篡改）', '') WHERE region_code = '159901' AND seq = 5`.execute(
      env.services.db,
    );
    assert.equal((await verifyAuditChain(env.services.db, env.services.auditKey)).ok, true);
  });

  test('a deleted row, an inserted row and a removed tail are each detected', async () => {
    const db = env.services.db;
    const row = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('region_code', '=', '159901')
      .where('seq', '=', '7')
      .executeTakeFirstOrThrow();
    await sql`DELETE FROM audit_events WHERE region_code = '159901' AND seq = 7`.execute(db);
    let r = await verifyAuditChain(db, env.services.auditKey, '159901');
    assert.equal(r.problems[0]?.seq, '8');
    await db
      .insertInto('audit_events')
      .values({ ...row, changes: JSON.stringify(row.changes) })
      .execute();
    assert.equal((await verifyAuditChain(db, env.services.auditKey, '159901')).ok, true);

    await sql`UPDATE audit_events SET seq = seq + 1000000 WHERE region_code = '159901' AND seq >= 9`.execute(db);
    await sql`UPDATE audit_events SET seq = seq - 999999 WHERE region_code = '159901' AND seq >= 1000009`.execute(db);
    await db
      .insertInto('audit_events')
      .values({ ...row, seq: '9', id: '00000000-0000-4000-8000-000000000009', changes: JSON.stringify(row.changes) })
      .execute();
    r = await verifyAuditChain(db, env.services.auditKey, '159901');
    assert.equal(r.ok, false);
    assert.equal(r.problems[0]?.seq, '9');
    await sql`DELETE FROM audit_events WHERE region_code = '159901' AND seq = 9`.execute(db);
    await sql`UPDATE audit_events SET seq = seq + 1000000 WHERE region_code = '159901' AND seq >= 10`.execute(db);
    await sql`UPDATE audit_events SET seq = seq - 1000001 WHERE region_code = '159901' AND seq >= 1000010`.execute(db);
    assert.equal((await verifyAuditChain(db, env.services.auditKey, '159901')).ok, true);

    const last = await db
      .selectFrom('audit_heads')
      .select('seq')
      .where('region_code', '=', '159901')
      .executeTakeFirstOrThrow();
    await sql`DELETE FROM audit_events WHERE region_code = '159901' AND seq = ${last.seq}`.execute(db);
    r = await verifyAuditChain(db, env.services.auditKey, '159901');
    assert.equal(r.ok, false);
    assert.match(r.problems[0]?.reason ?? '', /链头/);
  });
});

// a bulk write and the region's audit lock: batch.test.ts
describe('the stored instant', () => {
  test('an occurred_at moved by 0.4 ms (below the hashed millisecond) is detected', async () => {
    const db = env.services.db;
    const move = (sign: '+' | '-') =>
      sql`UPDATE audit_events SET occurred_at = occurred_at ${sql.raw(sign)} interval '400 microseconds'
          WHERE region_code = '000000' AND seq = 1`.execute(db);
    await move('+');
    const r = await verifyAuditChain(db, env.services.auditKey, '000000');
    assert.equal(r.ok, false);
    assert.equal(r.problems[0]?.seq, '1');
    assert.match(r.problems[0]?.reason ?? '', /发生时间被改动/);
    await move('-');
    assert.equal((await verifyAuditChain(db, env.services.auditKey, '000000')).ok, true);
  });
});
