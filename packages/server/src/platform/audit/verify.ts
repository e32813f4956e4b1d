import { sql } from 'kysely';
import type { Db } from '../db/connection';
import { eventHash, GENESIS_HASH } from './chain';

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

/** Walks every region's chain in sequence order and reports the first broken link of each region. */
export async function verifyAuditChain(db: Db, regionCode?: string): Promise<VerifyResult> {
  let regionsQ = db.selectFrom('audit_heads').select('region_code');
  if (regionCode) regionsQ = regionsQ.where('region_code', '=', regionCode);
  const fromHeads = (await regionsQ.execute()).map((r) => r.region_code);
  let evQ = db.selectFrom('audit_events').select('region_code').distinct();
  if (regionCode) evQ = evQ.where('region_code', '=', regionCode);
  const fromEvents = (await evQ.execute()).map((r) => r.region_code);
  const regions = [...new Set([...fromHeads, ...fromEvents])].sort();
  const problems: ChainProblem[] = [];
  let events = 0;
  for (const region of regions) {
    let prev = GENESIS_HASH;
    let expected = 1;
    let after = '0';
    let broken: ChainProblem | null = null;
    for (;;) {
      const batch = await db
        .selectFrom('audit_events')
        .selectAll()
        // the stored instant to the microsecond: the hash covers it at millisecond precision, as written
        .select(sql<string>`to_char(occurred_at AT TIME ZONE 'UTC', 'US')`.as('micros'))
        .where('region_code', '=', region)
        .where('seq', '>', after)
        .orderBy('seq')
        .limit(5000)
        .execute();
      if (batch.length === 0) break;
      for (const e of batch) {
        events++;
        if (broken) continue;
        const seq = Number(e.seq);
        if (seq !== expected) {
          broken = {
            regionCode: region,
            seq: e.seq,
            eventId: e.id,
            reason: `序号不连续：应为 ${expected}，实为 ${seq}（有事件被删除或插入）`,
          };
        } else if (e.prev_hash !== prev) {
          broken = {
            regionCode: region,
            seq: e.seq,
            eventId: e.id,
            reason: '前序哈希不匹配（前一事件被改动、删除或插入）',
          };
        } else if (eventHash({ ...e, changes: e.changes }) !== e.hash) {
          broken = { regionCode: region, seq: e.seq, eventId: e.id, reason: '内容与哈希不符（该事件被改动）' };
        } else if (!e.micros.endsWith('000')) {
          // events are written from a millisecond clock, so a stored time with microseconds was changed afterwards
          broken = { regionCode: region, seq: e.seq, eventId: e.id, reason: '发生时间被改动（与写入时的时间不符）' };
        }
        prev = e.hash;
        expected = seq + 1;
      }
      after = batch[batch.length - 1]?.seq ?? after;
    }
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
