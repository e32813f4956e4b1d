// Tampering that recomputes the unkeyed chain passes the chain walk; the checkpoint outside the database catches it.
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { createTestEnv, type TestEnv } from '../../../test/helpers';
import { inWriteTransaction } from '../write';
import { verifyAuditChain } from './verify';
import { eventHash } from './chain';
import { checkpointFile, compareWithCheckpoint, writeCheckpoint, type AuditCheckpoint } from './checkpoint';
import { declare } from '../modules/catalogue';

// this file's own audit action, declared as a module's catalogue would be (the write layer refuses undeclared ones)
declare({ auditActions: ['test.event'], events: [], notificationKinds: [] });

let env: TestEnv;
let cp: AuditCheckpoint;
let n = 0;
const regions = ['110101', '110102', '110105'];

before(async () => {
  env = await createTestEnv({ demo: false });
});
after(() => env.close());

beforeEach(async () => {
  // fresh chains of three events in each region, then a checkpoint of their heads
  await env.services.db.deleteFrom('audit_events').where('region_code', 'in', regions).execute();
  await env.services.db.deleteFrom('audit_heads').where('region_code', 'in', regions).execute();
  for (const regionCode of regions)
    for (let i = 0; i < 3; i++)
      await inWriteTransaction(env.services, { actor: null, ip: null }, (w) =>
        w.audit({ regionCode, action: 'test.event', subjectType: 'test', subjectId: null, summary: `事件 ${++n}` }),
      );
  cp = await writeCheckpoint(env.services.db, env.services.config.dataDir, env.services.clock.now());
});

const db = () => env.services.db;

async function assertOnlyCheckpointCatches(region: string, reason: RegExp) {
  const chain = await verifyAuditChain(db());
  assert.equal(chain.ok, true, 'the chain walk alone passes this tampering');
  const problems = await compareWithCheckpoint(db(), cp);
  assert.equal(problems[0]?.regionCode, region);
  assert.match(problems[0]?.reason ?? '', reason);
}

describe('the audit checkpoint outside the database', () => {
  test('untouched chains match their checkpoint', async () => {
    assert.deepEqual(await compareWithCheckpoint(db(), cp), []);
  });

  test('the newest event deleted and the head rewound', async () => {
    await sql`DELETE FROM audit_events WHERE region_code = '110101' AND seq = 3`.execute(db());
    const prev = await db()
      .selectFrom('audit_events')
      .select('hash')
      .where('region_code', '=', '110101')
      .where('seq', '=', '2')
      .executeTakeFirstOrThrow();
    await db()
      .updateTable('audit_heads')
      .set({ seq: '2', hash: prev.hash })
      .where('region_code', '=', '110101')
      .execute();
    await assertOnlyCheckpointCatches('110101', /已不存在/);
  });

  test('an event forged with a recomputed hash and the head moved', async () => {
    const e = await db()
      .selectFrom('audit_events')
      .selectAll()
      .where('region_code', '=', '110102')
      .where('seq', '=', '3')
      .executeTakeFirstOrThrow();
    const forged = { ...e, summary: '伪造的事件' };
    const hash = eventHash(forged);
    await db().updateTable('audit_events').set({ summary: forged.summary, hash }).where('id', '=', e.id).execute();
    await db().updateTable('audit_heads').set({ hash }).where('region_code', '=', '110102').execute();
    await assertOnlyCheckpointCatches('110102', /哈希不符/);
  });

  test("a whole region's chain deleted: `fazhi audit verify` exits 1 and keeps the checkpoint", async () => {
    await db().deleteFrom('audit_events').where('region_code', '=', '110105').execute();
    await db().deleteFrom('audit_heads').where('region_code', '=', '110105').execute();
    await assertOnlyCheckpointCatches('110105', /已不存在/);
    const before = readFileSync(checkpointFile(env.services.config.dataDir), 'utf8');
    const run = spawnSync(process.execPath, ['packages/server/bin/fazhi.mjs', 'audit', 'verify'], {
      cwd: new URL('../../../../..', import.meta.url).pathname,
      env: { ...process.env, DATABASE_URL: env.dbUrl, FAZHI_DATA_DIR: env.services.config.dataDir },
      encoding: 'utf8',
    });
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, /区划 110105 第 3 号事件：检查点.*已不存在/);
    assert.equal(readFileSync(checkpointFile(env.services.config.dataDir), 'utf8'), before);
  });
});
