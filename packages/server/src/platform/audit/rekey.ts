// Re-sealing the chains of an earlier release: their events carry a plain SM3 hash (key_id NULL), which anyone
// with database access could recompute. Start-up (prepareDatabase) and `fazhi audit rekey` re-seal them once with
// the audit key — but only a chain that verifies as it was (plain hashes, millisecond times, its head) and matches
// the data directory's checkpoint of that release; a broken chain is left as it is and reported, never sealed, so
// that an earlier rewrite cannot be laundered. Once any event is sealed, no unsealed event is sealed any more: it
// was written after the upgrade by someone without the key. The re-sealing is audited.
import { sql } from 'kysely';
import type { Db } from '../db/connection';
import { inDbWriteTransaction, type WriteEnv } from '../write';
import { GENESIS_HASH, sealedEventHash } from './chain';
import { compareWithCheckpoint, readCheckpoint, writeCheckpoint } from './checkpoint';
import { eventsAfter, verifyAuditChain, type ChainProblem } from './verify';

export interface RekeyReport {
  keyId: string;
  /** regions whose chains were re-sealed, and their events */
  sealed: { regionCode: string; events: number }[];
  /** chains left unsealed, with the reason */
  refused: ChainProblem[];
}

/** The regions whose chains hold events not sealed with a key, in order. */
export async function unsealedRegions(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('audit_events')
    .select('region_code')
    .where('key_id', 'is', null)
    .distinct()
    .execute();
  return rows.map((r) => r.region_code).sort();
}

export async function sealUnkeyedChains(db: Db, env: WriteEnv, dataDir: string): Promise<RekeyReport> {
  const key = env.auditKey;
  const report: RekeyReport = { keyId: key.id, sealed: [], refused: [] };
  const anyUnsealed = await db.selectFrom('audit_events').select('seq').where('key_id', 'is', null).limit(1).execute();
  if (anyUnsealed.length === 0) return report;
  const checkpoint = await readCheckpoint(dataDir);
  await inDbWriteTransaction(
    db,
    { actor: null, ip: null },
    async (w) => {
      const tx = w.tx as unknown as Db;
      // two servers starting together: the second waits here and then finds the chains already sealed
      await sql`SELECT pg_advisory_xact_lock(hashtextextended('audit:rekey', 0))`.execute(w.tx);
      const regions = await unsealedRegions(tx);
      // The upgrade happens once, before the first sealed event: afterwards an unsealed event was written by
      // someone without the key, and sealing it would launder it.
      const upgraded = await tx
        .selectFrom('audit_events')
        .select('seq')
        .where('key_id', 'is not', null)
        .limit(1)
        .execute();
      for (const region of regions) {
        await sql`SELECT pg_advisory_xact_lock(hashtextextended(${'audit:' + region}, 0))`.execute(w.tx);
        const refuse = (seq: string, reason: string) =>
          report.refused.push({ regionCode: region, seq, eventId: null, reason });
        if (upgraded.length) {
          refuse('', '数据库中已有以审计密钥封存的事件，该链的未封存事件不是旧版本写入的（疑被改写），不重新封存');
          continue;
        }
        if (checkpoint?.keyId && checkpoint.heads[region]) {
          refuse(
            checkpoint.heads[region].seq,
            '检查点记录该链已以审计密钥封存，现为未封存的事件（疑被改写），不重新封存',
          );
          continue;
        }
        const v = await verifyAuditChain(tx, key, region, { allowUnsealed: true });
        const cp = checkpoint && !checkpoint.keyId ? await compareWithCheckpoint(tx, checkpoint, [region]) : [];
        const problem = v.problems[0] ?? cp[0];
        if (problem) report.refused.push(problem);
        else report.sealed.push({ regionCode: region, events: await resealRegion(tx, region, env) });
      }
      // audited when it changed something; a refused chain is reported at every start and by `audit verify`
      if (report.sealed.length)
        await w.audit({
          regionCode: null,
          action: 'audit.chain_sealed',
          subjectType: 'audit_chain',
          subjectId: null,
          summary:
            `以审计密钥（标识 ${key.id}）重新封存旧版本的审计哈希链 ${report.sealed.length} 条` +
            (report.refused.length ? `；${report.refused.length} 条链校验未通过，未封存` : ''),
          changes: {
            keyId: key.id,
            sealed: report.sealed,
            refused: report.refused.map((p) => ({ regionCode: p.regionCode, seq: p.seq, reason: p.reason })),
          },
        });
    },
    env,
  );
  // the checkpoint of the earlier release held plain hashes: record the sealed heads in its place
  if (report.sealed.length) await writeCheckpoint(db, dataDir, key, env.clock.now());
  return report;
}

/** Recomputes every event of the region with the key, in sequence order, relinking prev_hash, and moves the head. */
async function resealRegion(tx: Db, region: string, env: WriteEnv): Promise<number> {
  let prev = GENESIS_HASH;
  let after = '0';
  let count = 0;
  for (;;) {
    const batch = await eventsAfter(tx, region, after);
    if (batch.length === 0) break;
    const seqs: string[] = [];
    const hashes: string[] = [];
    const prevs: string[] = [];
    for (const e of batch) {
      const hash = sealedEventHash({ ...e, prev_hash: prev }, e.micros, env.auditKey);
      seqs.push(e.seq);
      prevs.push(prev);
      hashes.push(hash);
      prev = hash;
    }
    await sql`UPDATE audit_events a SET hash = v.hash, prev_hash = v.prev, key_id = ${env.auditKey.id}
      FROM (SELECT unnest(${seqs}::bigint[]) AS seq, unnest(${hashes}::text[]) AS hash, unnest(${prevs}::text[]) AS prev) v
      WHERE a.region_code = ${region} AND a.seq = v.seq`.execute(tx);
    count += batch.length;
    after = batch[batch.length - 1]?.seq ?? after;
  }
  await tx.updateTable('audit_heads').set({ hash: prev }).where('region_code', '=', region).execute();
  return count;
}
