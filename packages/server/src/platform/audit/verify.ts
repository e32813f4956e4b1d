import { sql } from 'kysely';
import type { Db } from '../db/connection';
import { GENESIS_HASH, keyedLinkProblem, plainEventHash, type StoredLink } from './chain';
import type { AuditKey } from './key';
import { BATCH_SEAL_ACTION, BATCH_SUBJECT, unsealedSubChains, verifySubChain } from './batch';

export interface ChainProblem {
  regionCode: string;
  seq: string;
  eventId: string | null;
  reason: string;
}

export interface VerifyResult {
  ok: boolean;
  regions: number;
  events: number;
  problems: ChainProblem[];
}

/** The next 5,000 events of a region's chain after `after`, in order, each with its stored instant to the
 * microsecond (`micros`), which the keyed hash covers exactly. */
export function eventsAfter(db: Db, region: string, after: string) {
  return db
    .selectFrom('audit_events')
    .selectAll()
    .select(sql<string>`to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('micros'))
    .where('region_code', '=', region)
    .where('seq', '>', after)
    .orderBy('seq')
    .limit(5000)
    .execute();
}

/** Walks every region's chain in sequence order and reports the first broken link of each region. Every event
 * must be sealed with `key`; `allowUnsealed` (only for re-sealing, rekey.ts) also accepts the plain SM3 events of
 * earlier releases. A seal event of a bulk write is followed into its sub-chain (batch.ts), and every sub-chain
 * stored for the region must have been sealed in its chain. */
export async function verifyAuditChain(
  db: Db,
  key: AuditKey,
  regionCode?: string,
  opts: { allowUnsealed?: boolean } = {},
): Promise<VerifyResult> {
  let regionsQ = db.selectFrom('audit_heads').select('region_code');
  if (regionCode) regionsQ = regionsQ.where('region_code', '=', regionCode);
  const fromHeads = (await regionsQ.execute()).map((r) => r.region_code);
  let evQ = db.selectFrom('audit_events').select('region_code').distinct();
  if (regionCode) evQ = evQ.where('region_code', '=', regionCode);
  const fromEvents = (await evQ.execute()).map((r) => r.region_code);
  let subQ = db.selectFrom('audit_batch_events').select('region_code').distinct();
  if (regionCode) subQ = subQ.where('region_code', '=', regionCode);
  const fromSubChains = (await subQ.execute()).map((r) => r.region_code);
  const regions = [...new Set([...fromHeads, ...fromEvents, ...fromSubChains])].sort();
  // an event without a key: refused, unless re-sealing earlier releases (their plain SM3 hash, millisecond clock)
  const unkeyed = (e: StoredLink): string | null => {
    if (!opts.allowUnsealed)
      return '该事件未以审计密钥封存（旧版本的事件未经 fazhi audit rekey 重新封存，或被改写为无密钥哈希）';
    if (plainEventHash(e) !== e.hash) return '内容与哈希不符（该事件被改动）';
    // events of earlier releases were written from a millisecond clock: sub-millisecond digits mean a change
    return e.micros.endsWith('000Z') ? null : '发生时间被改动（与写入时的时间不符）';
  };
  const problems: ChainProblem[] = [];
  let events = 0;
  for (const region of regions) {
    let prev = GENESIS_HASH;
    let expected = 1;
    let after = '0';
    let broken: ChainProblem | null = null;
    const sealed = new Set<string>();
    for (;;) {
      const batch = await eventsAfter(db, region, after);
      if (batch.length === 0) break;
      for (const e of batch) {
        events++;
        if (broken) continue;
        const seq = Number(e.seq);
        const at = (reason: string): ChainProblem => ({ regionCode: region, seq: e.seq, eventId: e.id, reason });
        const reason = keyedLinkProblem(e, expected, prev, key, e.seq, unkeyed);
        if (reason) {
          broken = at(reason);
        } else if (e.action === BATCH_SEAL_ACTION && e.subject_type === BATCH_SUBJECT) {
          const sub = await verifySubChain(db, key, e);
          events += sub.events;
          if (sub.batchId && sealed.has(sub.batchId))
            broken = at('该批量写入子链已由前面的事件封存过（封存事件被复制）');
          else broken = sub.problem;
          if (sub.batchId) sealed.add(sub.batchId);
        }
        prev = e.hash;
        expected = seq + 1;
      }
      after = batch[batch.length - 1]?.seq ?? after;
    }
    if (!broken) broken = (await unsealedSubChains(db, region, sealed, String(expected - 1)))[0] ?? null;
    if (!broken) {
      const head = await db.selectFrom('audit_heads').selectAll().where('region_code', '=', region).executeTakeFirst();
      const last = String(expected - 1);
      if (!head || head.seq !== last || head.hash !== prev) {
        broken = {
          regionCode: region,
          seq: last,
          eventId: null,
          reason: '链头与最后一个事件不符（末尾事件被删除或链头被改动）',
        };
      }
    }
    if (broken) problems.push(broken);
  }
  return { ok: problems.length === 0, regions: regions.length, events, problems };
}
