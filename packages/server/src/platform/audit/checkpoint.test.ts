// Tampering by someone with database write access but without the audit key (issue 11 item 5): a forged event
// fails the keyed chain walk; a shortened chain or a deleted region still walks, and the checkpoint outside the
// database catches it — a checkpoint rewritten to match fails its own seal.
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { sql } from 'kysely';
import { call, createTestEnv, signInPlatformAdmin, type Session, type TestEnv } from '../../../test/helpers';
import type { AuditVerification } from '@fazhi/core/contracts';
import { inBulkWriteTransaction, inWriteTransaction } from '../write';
import { BATCH_SEAL_ACTION } from './batch';
import type { Platform } from '../bootstrap';
import { runAuditVerify } from '../../cli/audit';
import { verifyAuditChain } from './verify';
import { plainEventHash } from './chain';
import { checkAgainstCheckpoint, checkpointFile, writeCheckpoint, type AuditCheckpoint } from './checkpoint';
import { declare } from '../modules/catalogue';

// this file's own audit action, declared as a module's catalogue would be (the write layer refuses undeclared ones)
declare({ auditActions: ['test.event'], events: [], notificationKinds: [] });

let env: TestEnv;
let admin: Session;
let cp: AuditCheckpoint;
let n = 0;
const regions = ['110101', '110102', '110105'];

before(async () => {
  env = await createTestEnv({ demo: false });
  admin = await signInPlatformAdmin(env);
});
after(() => env.close());

beforeEach(() => freshChains());

async function freshChains() {
  // fresh chains of three events in each region, then a checkpoint of their heads
  await env.services.db.deleteFrom('audit_events').where('region_code', 'in', regions).execute();
  await env.services.db.deleteFrom('audit_heads').where('region_code', 'in', regions).execute();
  await env.services.db.deleteFrom('audit_batch_events').where('region_code', 'in', regions).execute();
  for (const regionCode of regions)
    for (let i = 0; i < 3; i++)
      await inWriteTransaction(env.services, { actor: null, ip: null }, (w) =>
        w.audit({ regionCode, action: 'test.event', subjectType: 'test', subjectId: null, summary: `事件 ${++n}` }),
      );
  cp = await writeCheckpoint(env.services.db, dataDir(), env.services.auditKey, env.services.clock.now());
}

const db = () => env.services.db;
const dataDir = () => env.services.config.dataDir;
const key = () => env.services.auditKey;
/** `fazhi audit verify` as the CLI runs it, on this test's services */
const cliVerify = () => runAuditVerify({ services: env.services } as Platform);
/** the console's check, GET /api/audit/verify (the platform administrator holds security_admin) */
async function httpVerify(): Promise<AuditVerification> {
  const res = await call(env.app, admin, 'GET', '/api/audit/verify');
  assert.equal(res.statusCode, 200, res.body);
  return res.json();
}
async function assertHttpFails(region: string, reason: RegExp) {
  const v = await httpVerify();
  assert.equal(v.ok, false);
  assert.ok(
    v.problems.some((p) => p.regionCode === region && reason.test(p.reason)),
    JSON.stringify(v.problems),
  );
}

/** The attacker rewrites the checkpoint file to match the database (they cannot compute its seal). */
async function rewriteCheckpoint(region: string, head: { seq: string; hash: string } | null) {
  const file = JSON.parse(readFileSync(checkpointFile(dataDir()), 'utf8')) as AuditCheckpoint;
  if (head) file.heads[region] = head;
  else delete file.heads[region];
  writeFileSync(checkpointFile(dataDir()), JSON.stringify(file));
  return file;
}

async function rewindHead(region: string): Promise<void> {
  await sql`DELETE FROM audit_events WHERE region_code = ${region} AND seq = 3`.execute(db());
  const prev = await db()
    .selectFrom('audit_events')
    .select('hash')
    .where('region_code', '=', region)
    .where('seq', '=', '2')
    .executeTakeFirstOrThrow();
  await db().updateTable('audit_heads').set({ seq: '2', hash: prev.hash }).where('region_code', '=', region).execute();
}

describe('the keyed chain and the checkpoint outside the database', () => {
  test('untouched chains verify and match their checkpoint', async () => {
    assert.equal((await verifyAuditChain(db(), key())).ok, true);
    assert.deepEqual(await checkAgainstCheckpoint(db(), cp, key()), []);
    assert.equal(cp.keyId, key().id);
    const before = readFileSync(checkpointFile(dataDir()), 'utf8');
    const v = await httpVerify();
    assert.equal(v.ok, true, JSON.stringify(v.problems));
    assert.deepEqual(v.checkpoint, { writtenAt: cp.writtenAt, keyId: key().id });
    assert.equal(readFileSync(checkpointFile(dataDir()), 'utf8'), before, 'the console check does not advance it');
    assert.equal(await cliVerify(), 0);
  });

  test('an event forged with a recomputed plain SM3 hash, the head moved and the checkpoint rewritten', async () => {
    const e = await db()
      .selectFrom('audit_events')
      .selectAll()
      .where('region_code', '=', '110102')
      .where('seq', '=', '3')
      .executeTakeFirstOrThrow();
    const forged = { ...e, summary: '伪造的事件' };
    const hash = plainEventHash(forged);
    await db().updateTable('audit_events').set({ summary: forged.summary, hash }).where('id', '=', e.id).execute();
    await db().updateTable('audit_heads').set({ hash }).where('region_code', '=', '110102').execute();
    const rewritten = await rewriteCheckpoint('110102', { seq: '3', hash });
    const chain = await verifyAuditChain(db(), key());
    assert.equal(chain.ok, false);
    assert.deepEqual([chain.problems[0]?.regionCode, chain.problems[0]?.seq], ['110102', '3']);
    assert.match(chain.problems[0]?.reason ?? '', /密钥哈希不符/);
    const cpProblems = await checkAgainstCheckpoint(db(), rewritten, key());
    assert.match(cpProblems[0]?.reason ?? '', /检查点文件的校验码不符/);
    assert.equal(await cliVerify(), 1);
    await assertHttpFails('110102', /密钥哈希不符/);
    await assertHttpFails('', /检查点文件的校验码不符/);
    // the same forgery marked as an event of the release before the key
    await db().updateTable('audit_events').set({ key_id: null }).where('id', '=', e.id).execute();
    const unsealed = await verifyAuditChain(db(), key());
    assert.match(unsealed.problems[0]?.reason ?? '', /未以审计密钥封存/);
    assert.equal(await cliVerify(), 1);
    await assertHttpFails('110102', /未以审计密钥封存/);
  });

  test('the newest event deleted and the head rewound: the walk passes, the checkpoint does not', async () => {
    await rewindHead('110101');
    assert.equal((await verifyAuditChain(db(), key())).ok, true, 'the chain walk alone passes this tampering');
    const problems = await checkAgainstCheckpoint(db(), cp, key());
    assert.deepEqual([problems[0]?.regionCode, problems[0]?.seq], ['110101', '3']);
    assert.match(problems[0]?.reason ?? '', /已不存在/);
    assert.equal(await cliVerify(), 1);
    await assertHttpFails('110101', /检查点.*记录的该事件已不存在/);
    // …and a checkpoint rewritten to the rewound head fails its seal
    const rewritten = await rewriteCheckpoint('110101', await rewindHeadResult('110101'));
    assert.match((await checkAgainstCheckpoint(db(), rewritten, key()))[0]?.reason ?? '', /校验码不符/);
    assert.equal(await cliVerify(), 1);
    await assertHttpFails('', /检查点文件的校验码不符/);
  });

  test("a whole region's chain deleted, also from the checkpoint: `fazhi audit verify` exits 1 and keeps the file", async () => {
    await db().deleteFrom('audit_events').where('region_code', '=', '110105').execute();
    await db().deleteFrom('audit_heads').where('region_code', '=', '110105').execute();
    assert.equal((await verifyAuditChain(db(), key())).ok, true, 'the chain walk alone passes this tampering');
    const problems = await checkAgainstCheckpoint(db(), cp, key());
    assert.deepEqual([problems[0]?.regionCode, problems[0]?.seq], ['110105', '3']);
    const before = readFileSync(checkpointFile(dataDir()), 'utf8');
    const run = spawnSync(process.execPath, ['packages/server/bin/fazhi.mjs', 'audit', 'verify'], {
      cwd: new URL('../../../../..', import.meta.url).pathname,
      env: { ...process.env, DATABASE_URL: env.dbUrl, FAZHI_DATA_DIR: dataDir() },
      encoding: 'utf8',
    });
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, /区划 110105 第 3 号事件：检查点.*已不存在/);
    assert.equal(readFileSync(checkpointFile(dataDir()), 'utf8'), before);
    await assertHttpFails('110105', /检查点.*记录的该事件已不存在/);
    const rewritten = await rewriteCheckpoint('110105', null);
    assert.match((await checkAgainstCheckpoint(db(), rewritten, key()))[0]?.reason ?? '', /校验码不符/);
  });

  test('an occurred_at moved by 0.4 ms breaks the keyed hash', async () => {
    await sql`UPDATE audit_events SET occurred_at = occurred_at + interval '400 microseconds'
      WHERE region_code = '110101' AND seq = 2`.execute(db());
    const chain = await verifyAuditChain(db(), key());
    assert.deepEqual([chain.problems[0]?.regionCode, chain.problems[0]?.seq], ['110101', '2']);
    assert.match(chain.problems[0]?.reason ?? '', /发生时间被改动/);
    assert.equal(await cliVerify(), 1);
    await assertHttpFails('110101', /发生时间被改动/);
  });
});

async function rewindHeadResult(region: string) {
  return db()
    .selectFrom('audit_heads')
    .select(['seq', 'hash'])
    .where('region_code', '=', region)
    .executeTakeFirstOrThrow();
}

/** A bulk write of five events in 110101: a sub-chain sealed by the region's fourth event. Returns its batch id. */
async function bulkOfFive(): Promise<string> {
  await inBulkWriteTransaction(env.services, { actor: null, ip: null }, async (w) => {
    for (let i = 1; i <= 5; i++)
      await w.audit({
        regionCode: '110101',
        action: 'test.event',
        subjectType: 'test',
        subjectId: null,
        summary: `批量事件 ${i}`,
      });
  });
  const seal = await db()
    .selectFrom('audit_events')
    .select(['seq', 'subject_id'])
    .where('region_code', '=', '110101')
    .where('action', '=', BATCH_SEAL_ACTION)
    .executeTakeFirstOrThrow();
  assert.equal(seal.seq, '4');
  return seal.subject_id ?? '';
}

/** A copy of a sub-chain event (its hash and all) at another place, or in another batch. */
const copySubEvent = (batch: string, from: number, to: number, into = batch) =>
  sql`INSERT INTO audit_batch_events (batch_id, seq, id, region_code, occurred_at, actor_user_id, actor_username,
      actor_org_id, action, subject_type, subject_id, summary, changes, ip, prev_hash, hash, key_id)
    SELECT ${into}::uuid, ${to}, gen_random_uuid(), region_code, occurred_at, actor_user_id, actor_username,
      actor_org_id, action, subject_type, subject_id, summary, changes, ip, prev_hash, hash, key_id
    FROM audit_batch_events WHERE batch_id = ${batch} AND seq = ${from}`.execute(db());
const moveSubEvent = (batch: string, from: number, to: number) =>
  sql`UPDATE audit_batch_events SET seq = ${to} WHERE batch_id = ${batch} AND seq = ${from}`.execute(db());

describe('a bulk write’s sub-chain', () => {
  test('each tampering of a sub-chain event fails the walk, `fazhi audit verify` and the console, at its seal', async () => {
    const cases: [string, (batch: string) => Promise<unknown>, RegExp][] = [
      [
        'an event edited',
        (b) =>
          sql`UPDATE audit_batch_events SET summary = summary || '（篡改）' WHERE batch_id = ${b} AND seq = 3`.execute(
            db(),
          ),
        /子链第 3 条事件：内容或发生时间被改动/,
      ],
      [
        'an event deleted',
        (b) => sql`DELETE FROM audit_batch_events WHERE batch_id = ${b} AND seq = 3`.execute(db()),
        /子链第 3 条事件：序号不连续/,
      ],
      [
        'the last event deleted',
        (b) => sql`DELETE FROM audit_batch_events WHERE batch_id = ${b} AND seq = 5`.execute(db()),
        /记录 5 个事件，现有 4 个/,
      ],
      ['an event appended', (b) => copySubEvent(b, 5, 6), /子链第 6 条事件：前序哈希不匹配/],
      [
        'an event inserted in the middle',
        async (b) => {
          for (const seq of [5, 4, 3]) await moveSubEvent(b, seq, seq + 1);
          await copySubEvent(b, 2, 3);
        },
        /子链第 3 条事件：前序哈希不匹配/,
      ],
      [
        'two events swapped',
        async (b) => {
          await moveSubEvent(b, 2, 100);
          await moveSubEvent(b, 3, 2);
          await moveSubEvent(b, 100, 3);
        },
        /子链第 2 条事件：前序哈希不匹配/,
      ],
      [
        'the seal forged to match the sub-chain without its last event',
        async (b) => {
          await sql`DELETE FROM audit_batch_events WHERE batch_id = ${b} AND seq = 5`.execute(db());
          await sql`UPDATE audit_events SET changes = jsonb_set(jsonb_set(changes, '{events}', '4'), '{head}',
              (SELECT to_jsonb(hash::text) FROM audit_batch_events WHERE batch_id = ${b} AND seq = 4))
            WHERE region_code = '110101' AND seq = 4`.execute(db());
        },
        /密钥哈希不符/,
      ],
      [
        'a sub-chain inserted without a seal',
        async (b) => {
          for (let seq = 1; seq <= 5; seq++) await copySubEvent(b, seq, seq, '00000000-0000-4000-8000-00000000b0b0');
        },
        /链中没有封存批量写入子链 00000000（5 个事件）的事件/,
      ],
    ];
    for (const [what, tamper, reason] of cases) {
      await freshChains();
      const batch = await bulkOfFive();
      assert.equal((await verifyAuditChain(db(), key())).ok, true, what);
      await tamper(batch);
      const chain = await verifyAuditChain(db(), key());
      assert.equal(chain.ok, false, what);
      assert.deepEqual([chain.problems[0]?.regionCode, chain.problems[0]?.seq], ['110101', '4'], what);
      assert.match(chain.problems[0]?.reason ?? '', reason, what);
      assert.equal(await cliVerify(), 1, what);
      await assertHttpFails('110101', reason);
    }
  });
});
