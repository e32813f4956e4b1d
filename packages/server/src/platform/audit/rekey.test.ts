// Upgrading the chains of the release before the audit key: an intact old chain is re-sealed once (audited, with a
// new checkpoint); a broken old chain, or an unsealed event appearing after the upgrade, is reported and not sealed.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { createTestEnv, type TestEnv } from '../../../test/helpers';
import { inWriteTransaction } from '../write';
import { GENESIS_HASH, plainEventHash } from './chain';
import { checkpointFile, saveCheckpoint, type AuditCheckpoint } from './checkpoint';
import { sealUnkeyedChains } from './rekey';
import { verifyAuditChain } from './verify';
import { declare } from '../modules/catalogue';

// this file's own audit action, declared as a module's catalogue would be (the write layer refuses undeclared ones)
declare({ auditActions: ['test.event'], events: [], notificationKinds: [] });

let env: TestEnv;
const db = () => env.services.db;

before(async () => {
  env = await createTestEnv({ demo: false });
  for (const regionCode of ['110101', '110102', '110105'])
    for (let i = 0; i < 4; i++)
      await inWriteTransaction(env.services, { actor: null, ip: null }, (w) =>
        w.audit({ regionCode, action: 'test.event', subjectType: 'test', subjectId: null, summary: `旧事件 ${i}` }),
      );
  // The database as the release before the key left it: plain SM3 over millisecond times, key_id NULL.
  const events = await db().selectFrom('audit_events').selectAll().orderBy('region_code').orderBy('seq').execute();
  const prev = new Map<string, string>();
  for (const e of events) {
    const hash = plainEventHash({ ...e, prev_hash: prev.get(e.region_code) ?? GENESIS_HASH });
    await db()
      .updateTable('audit_events')
      .set({ prev_hash: prev.get(e.region_code) ?? GENESIS_HASH, hash, key_id: null })
      .where('id', '=', e.id)
      .execute();
    await db().updateTable('audit_heads').set({ hash }).where('region_code', '=', e.region_code).execute();
    prev.set(e.region_code, hash);
  }
  // …with that release's checkpoint (plain heads, no seal)
  const heads = await db().selectFrom('audit_heads').select(['region_code', 'seq', 'hash']).execute();
  const old: AuditCheckpoint = {
    writtenAt: '2026-12-01T00:00:00.000Z',
    heads: Object.fromEntries(heads.map((h) => [h.region_code, { seq: h.seq, hash: h.hash }])),
  };
  await saveCheckpoint(env.services.config.dataDir, old);
});
after(() => env.close());

describe('re-sealing the chains of an earlier release', () => {
  test('before the upgrade the keyed check reports the unsealed events', async () => {
    const v = await verifyAuditChain(db(), env.services.auditKey);
    assert.equal(v.ok, false);
    assert.match(v.problems[0]?.reason ?? '', /未以审计密钥封存/);
    const plain = await verifyAuditChain(db(), env.services.auditKey, undefined, { allowUnsealed: true });
    assert.equal(plain.ok, true, JSON.stringify(plain.problems));
  });

  test('intact old chains become keyed; a broken one (tail cut below the old checkpoint) is refused', async () => {
    // 110105's newest event deleted and its head rewound: the plain chain walks, the old checkpoint does not match
    await sql`DELETE FROM audit_events WHERE region_code = '110105' AND seq = 4`.execute(db());
    const third = await db()
      .selectFrom('audit_events')
      .select('hash')
      .where('region_code', '=', '110105')
      .where('seq', '=', '3')
      .executeTakeFirstOrThrow();
    await db()
      .updateTable('audit_heads')
      .set({ seq: '3', hash: third.hash })
      .where('region_code', '=', '110105')
      .execute();
    // 110102's second event edited: the plain chain itself breaks
    await sql`UPDATE audit_events SET summary = '篡改' WHERE region_code = '110102' AND seq = 2`.execute(db());

    const r = await sealUnkeyedChains(db(), env.services, env.services.config.dataDir);
    assert.deepEqual(
      r.sealed.map((s) => s.regionCode),
      ['000000', '110101'],
    );
    assert.deepEqual(
      r.refused.map((p) => [p.regionCode, p.seq]),
      [
        ['110102', '2'],
        ['110105', '4'],
      ],
    );
    const keyed = await verifyAuditChain(db(), env.services.auditKey, '110101');
    assert.equal(keyed.ok, true, JSON.stringify(keyed.problems));
    const left = await db()
      .selectFrom('audit_events')
      .select('region_code')
      .where('key_id', 'is', null)
      .distinct()
      .execute();
    assert.deepEqual(left.map((l) => l.region_code).sort(), ['110102', '110105']);
    const event = await db()
      .selectFrom('audit_events')
      .select(['summary', 'changes', 'key_id'])
      .where('action', '=', 'audit.chain_sealed')
      .executeTakeFirstOrThrow();
    assert.equal(event.key_id, env.services.auditKey.id);
    assert.match(event.summary, /重新封存.*2 条；2 条链校验未通过/);
    const cp = JSON.parse(readFileSync(checkpointFile(env.services.config.dataDir), 'utf8')) as AuditCheckpoint;
    assert.equal(cp.keyId, env.services.auditKey.id);
    assert.ok(cp.mac);
    // the full check still fails: the refused chains stay unsealed and are reported
    assert.deepEqual(
      (await verifyAuditChain(db(), env.services.auditKey)).problems.map((p) => p.regionCode),
      ['110102', '110105'],
    );
  });

  test('after the upgrade an unsealed event is never sealed: it was written without the key', async () => {
    await sql`UPDATE audit_events SET key_id = NULL WHERE region_code = '110101' AND seq = 4`.execute(db());
    const r = await sealUnkeyedChains(db(), env.services, env.services.config.dataDir);
    assert.equal(r.sealed.length, 0);
    assert.ok(r.refused.some((p) => p.regionCode === '110101' && /已有以审计密钥封存的事件/.test(p.reason)));
    const v = await verifyAuditChain(db(), env.services.auditKey, '110101');
    assert.match(v.problems[0]?.reason ?? '', /未以审计密钥封存/);
  });
});
