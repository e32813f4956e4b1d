// Sub-chains of bulk writes (issue 11 item 6). A region's chain is one sequence: every write needs the previous
// event's hash, so appending 100,000 import events under the region's audit lock kept every other write of the
// region waiting for tens of seconds. Instead a bulk write chains its events of each region among themselves —
// their own sequence from 1, each link an HMAC-SM3 under the audit key naming the batch — and inserts them as it
// goes, in its transaction but without any lock. At the end it appends ONE seal event per region to the region's
// chain (action audit.batch_sealed, subject audit_batch = the batch id) whose content carries the sub-chain's
// length and head hash; the seal's own keyed link covers that content, so the region chain covers every event of the
// sub-chain through it, and the lock is held for one event whatever the import's size.
// `verifySubChain` walks a sub-chain when the region walk meets its seal: an event edited, deleted, inserted or
// moved breaks a link or the count or head the seal recorded; a sub-chain without a seal is reported by
// `unsealedSubChains`.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../db/connection';
import { GENESIS_HASH, keyedLinkProblem, sealLink } from './chain';
import type { AuditKey } from './key';
import {
  appendAuditEvents,
  insertChainedEvents,
  prepareAuditEvent,
  type AuditInput,
  type PreparedEvent,
  type Tx,
  type WriteContext,
} from './write';
import type { ChainProblem } from './verify';
import type { Clock } from '../clock';

export const BATCH_SEAL_ACTION = 'audit.batch_sealed';
export const BATCH_SUBJECT = 'audit_batch';
/** events chained and inserted a statement at a time while the bulk write goes on (bounded memory) */
export const SUB_CHAIN_FLUSH = 5000;

/** What a seal records about its sub-chain (the seal's `changes`, covered by its keyed link). */
export interface SealContent {
  batchId: string;
  events: number;
  head: string;
  /** how many events of each audit action the sub-chain holds, for the reader of the seal */
  actions: Record<string, number>;
}

/** The link's place names the batch, so an event cannot be moved to another sub-chain with its hash. */
const linkSeq = (batchId: string, seq: number) => `${batchId}#${seq}`;

interface OpenSubChain {
  batchId: string;
  region: string;
  seq: number;
  head: string;
  actions: Record<string, number>;
  pending: PreparedEvent[];
}

/** The audit writer of a bulk write: `add` chains each event into its region's sub-chain (inserted every
 * SUB_CHAIN_FLUSH events, no lock taken); `seal` inserts the rest and appends one seal per region. */
export function subChainWriter(tx: Tx, ctx: WriteContext, env: { clock: Clock; auditKey: AuditKey }) {
  const key = env.auditKey;
  const chains = new Map<string, OpenSubChain>();
  const flush = async (c: OpenSubChain) => {
    if (c.pending.length === 0) return;
    const seqs: string[] = [];
    const prevs: string[] = [];
    const hashes: string[] = [];
    for (const { digest } of c.pending) {
      const seq = ++c.seq;
      seqs.push(String(seq));
      prevs.push(c.head);
      c.head = sealLink(key, c.head, linkSeq(c.batchId, seq), digest);
      hashes.push(c.head);
    }
    await insertChainedEvents(tx, c.pending, seqs, prevs, hashes, key.id, c.batchId);
    c.pending = [];
  };
  return {
    async add(input: AuditInput): Promise<void> {
      const prepared = prepareAuditEvent(ctx, input, env.clock.now(), key);
      const region = prepared.event.region_code;
      let c = chains.get(region);
      if (!c) {
        c = { batchId: randomUUID(), region, seq: 0, head: GENESIS_HASH, actions: {}, pending: [] };
        chains.set(region, c);
      }
      c.pending.push(prepared);
      c.actions[input.action] = (c.actions[input.action] ?? 0) + 1;
      if (c.pending.length >= SUB_CHAIN_FLUSH) await flush(c);
    },
    async seal(): Promise<void> {
      for (const c of chains.values()) await flush(c);
      const seals: AuditInput[] = [...chains.values()].map((c) => ({
        regionCode: c.region,
        action: BATCH_SEAL_ACTION,
        subjectType: BATCH_SUBJECT,
        subjectId: c.batchId,
        summary: `封存一次批量写入的 ${c.seq} 个审计事件（子链末尾哈希 ${c.head.slice(0, 16)}…）`,
        changes: { batchId: c.batchId, events: c.seq, head: c.head, actions: c.actions } satisfies SealContent,
      }));
      // the only moment of the bulk write that holds the regions' audit locks: one event each
      await appendAuditEvents(tx, ctx, seals, env.clock.now(), key);
    },
  };
}

function sealContent(changes: unknown): SealContent | null {
  const c = changes as Partial<SealContent> | null;
  return c && typeof c.batchId === 'string' && typeof c.events === 'number' && typeof c.head === 'string'
    ? (c as SealContent)
    : null;
}

/** Walks the sub-chain a verified seal event names. Returns its events counted and the first problem, reported at
 * the seal's number. */
export async function verifySubChain(
  db: Db,
  key: AuditKey,
  seal: { region_code: string; seq: string; id: string; changes: unknown },
): Promise<{ events: number; problem: ChainProblem | null; batchId: string | null }> {
  const at = (reason: string, eventId: string | null = seal.id): ChainProblem => ({
    regionCode: seal.region_code,
    seq: seal.seq,
    eventId,
    reason,
  });
  const content = sealContent(seal.changes);
  if (!content) return { events: 0, problem: at('封存事件没有记录子链的事件数和末尾哈希'), batchId: null };
  let prev = GENESIS_HASH;
  let expected = 1;
  let events = 0;
  let problem: ChainProblem | null = null;
  for (let after = '0'; ;) {
    const batch = await db
      .selectFrom('audit_batch_events')
      .selectAll()
      .select(sql<string>`to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('micros'))
      .where('batch_id', '=', content.batchId)
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(5000)
      .execute();
    if (batch.length === 0) break;
    for (const e of batch) {
      events++;
      if (problem) continue;
      const seq = Number(e.seq);
      const reason =
        keyedLinkProblem(e, expected, prev, key, linkSeq(content.batchId, seq)) ??
        (e.region_code !== seal.region_code ? `属于区划 ${e.region_code}，与封存事件的区划不符` : null);
      if (reason) problem = at(`其封存的批量写入子链第 ${expected} 条事件：${reason}`, e.id);
      prev = e.hash;
      expected = seq + 1;
    }
    after = batch[batch.length - 1]?.seq ?? after;
  }
  if (!problem && (events !== content.events || prev !== content.head))
    problem = at(
      `其封存的批量写入子链与封存时记录的不符（记录 ${content.events} 个事件，现有 ${events} 个；` +
        `${prev === content.head ? '末尾哈希相符' : '末尾哈希不符'}：末尾事件被删除或追加了事件）`,
    );
  return { events, problem, batchId: content.batchId };
}

/** The sub-chains stored for the region that no seal of its chain named (`sealed`): inserted events, or a seal
 * deleted. A seal committed after the walk read its chain (`walkedTo`) is not a problem: it is re-read here. */
export async function unsealedSubChains(
  db: Db,
  region: string,
  sealed: ReadonlySet<string>,
  walkedTo: string,
): Promise<ChainProblem[]> {
  const stored = await db
    .selectFrom('audit_batch_events')
    .select(['batch_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('region_code', '=', region)
    .groupBy('batch_id')
    .execute();
  const problems: ChainProblem[] = [];
  for (const s of stored) {
    if (sealed.has(s.batch_id)) continue;
    const later = await db
      .selectFrom('audit_events')
      .select('seq')
      .where('region_code', '=', region)
      .where('subject_type', '=', BATCH_SUBJECT)
      .where('subject_id', '=', s.batch_id)
      .where('seq', '>', walkedTo)
      .executeTakeFirst();
    if (!later)
      problems.push({
        regionCode: region,
        seq: walkedTo,
        eventId: null,
        reason:
          `链中没有封存批量写入子链 ${s.batch_id.slice(0, 8)}（${s.n} 个事件）的事件` +
          '（子链事件被插入，或其封存事件被删除）',
      });
  }
  return problems;
}
