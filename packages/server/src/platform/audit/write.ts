import { randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/schema';
import type { Actor } from '../access/actor';
import { eventDigest, GENESIS_HASH, microsIso, PLATFORM_REGION, sealLink, type ChainedEvent } from './chain';
import type { AuditKey } from './key';
import { assertDeclared } from '../modules/catalogue';

export interface WriteContext {
  actor: Actor | null;
  ip: string | null;
}

export interface AuditInput {
  regionCode: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  summary: string;
  changes?: Record<string, unknown>;
  /** who acted when the request has no signed-in actor yet: the user who signs in */
  performedBy?: { userId: string; username: string };
}

export type Tx = Transaction<Database>;

/** Appends one event to its region's chain inside the caller's transaction. The per-region advisory lock
 * serialises appends so that sequence numbers are gap-free; it is held only until the transaction ends. */
export async function writeAudit(tx: Tx, ctx: WriteContext, input: AuditInput, at: Date, key: AuditKey): Promise<void> {
  await appendAuditEvents(tx, ctx, [input], at, key);
}

/** An event ready to be chained: its row without seq and prev_hash, and its content digest. */
export interface PreparedEvent {
  event: Omit<ChainedEvent, 'seq' | 'prev_hash'>;
  digest: string;
}

/** The row and content digest of an event (the costly part of sealing, done before any lock). */
export function prepareAuditEvent(ctx: WriteContext, input: AuditInput, at: Date, key: AuditKey): PreparedEvent {
  assertDeclared('auditActions', input.action);
  // A JSON round trip gives the value exactly as it will read back from jsonb.
  const changes = JSON.parse(JSON.stringify(input.changes ?? {})) as Record<string, unknown>;
  const event = {
    region_code: input.regionCode ?? PLATFORM_REGION,
    id: randomUUID(),
    occurred_at: at,
    actor_user_id: ctx.actor?.userId ?? input.performedBy?.userId ?? null,
    actor_username: ctx.actor?.username ?? input.performedBy?.username ?? null,
    actor_org_id: ctx.actor?.activeOrgId || null,
    action: input.action,
    subject_type: input.subjectType,
    subject_id: input.subjectId,
    summary: input.summary,
    changes,
    ip: ctx.ip,
  };
  return { event, digest: eventDigest(event, microsIso(at), key.id) };
}

/** Appends events to their regions' chains (one event for a write; the seals of a bulk write's sub-chains,
 * batch.ts). Each event's content digest is computed before any lock; under the region's lock only the head is
 * read, each link's HMAC computed and the rows inserted (from arrays, 5,000 a statement). */
export async function appendAuditEvents(
  tx: Tx,
  ctx: WriteContext,
  inputs: readonly AuditInput[],
  at: Date,
  key: AuditKey,
): Promise<void> {
  const byRegion = new Map<string, PreparedEvent[]>();
  for (const input of inputs) {
    const prepared = prepareAuditEvent(ctx, input, at, key);
    const list = byRegion.get(prepared.event.region_code) ?? [];
    list.push(prepared);
    byRegion.set(prepared.event.region_code, list);
  }
  // regions in a fixed order, so two bulk writes never wait for each other's locks in a cycle
  for (const region of [...byRegion.keys()].sort()) {
    const events = byRegion.get(region) ?? [];
    await sql`SELECT pg_advisory_xact_lock(hashtextextended(${'audit:' + region}, 0))`.execute(tx);
    const head = await tx
      .selectFrom('audit_heads')
      .select(['seq', 'hash'])
      .where('region_code', '=', region)
      .executeTakeFirst();
    let seq = Number(head?.seq ?? 0);
    let prev = head?.hash ?? GENESIS_HASH;
    const seqs: string[] = [];
    const prevs: string[] = [];
    const hashes: string[] = [];
    for (const { digest } of events) {
      const s = String(++seq);
      seqs.push(s);
      prevs.push(prev);
      prev = sealLink(key, prev, s, digest);
      hashes.push(prev);
    }
    await insertChainedEvents(tx, events, seqs, prevs, hashes, key.id, null);
    const last = { seq: String(seq), hash: prev };
    await tx
      .insertInto('audit_heads')
      .values({ region_code: region, ...last })
      .onConflict((oc) => oc.column('region_code').doUpdateSet(last))
      .execute();
  }
}

/** Inserts chained events from arrays, 5,000 a statement: into their region's chain (`batchId` null) or into a
 * bulk write's sub-chain (batch.ts). */
export async function insertChainedEvents(
  tx: Tx,
  events: readonly PreparedEvent[],
  seqs: readonly string[],
  prevs: readonly string[],
  hashes: readonly string[],
  keyId: string,
  batchId: string | null,
): Promise<void> {
  const table = batchId ? sql`audit_batch_events (batch_id, ` : sql`audit_events (`;
  const batchCol = batchId ? sql`${batchId}::uuid, ` : sql``;
  for (let i = 0; i < events.length; i += 5000) {
    const part = events.slice(i, i + 5000).map((p) => p.event);
    const col = <T>(f: (e: (typeof part)[number]) => T) => part.map(f);
    await sql`INSERT INTO ${table}region_code, seq, id, occurred_at, actor_user_id, actor_username,
        actor_org_id, action, subject_type, subject_id, summary, changes, ip, prev_hash, hash, key_id)
      SELECT ${batchCol}t.region_code, t.seq, t.id, t.occurred_at, t.actor_user_id, t.actor_username,
        t.actor_org_id, t.action, t.subject_type, t.subject_id, t.summary, t.changes::jsonb, t.ip, t.prev_hash, t.hash,
        ${keyId}
      FROM unnest(${col((e) => e.region_code)}::text[], ${seqs.slice(i, i + 5000)}::bigint[],
        ${col((e) => e.id)}::uuid[], ${col((e) => microsIso(e.occurred_at))}::timestamptz[],
        ${col((e) => e.actor_user_id)}::uuid[], ${col((e) => e.actor_username)}::text[],
        ${col((e) => e.actor_org_id)}::uuid[], ${col((e) => e.action)}::text[], ${col((e) => e.subject_type)}::text[],
        ${col((e) => e.subject_id)}::text[], ${col((e) => e.summary)}::text[],
        ${col((e) => JSON.stringify(e.changes))}::text[], ${col((e) => e.ip)}::text[],
        ${prevs.slice(i, i + 5000)}::text[], ${hashes.slice(i, i + 5000)}::text[])
        AS t(region_code, seq, id, occurred_at, actor_user_id, actor_username, actor_org_id, action, subject_type,
          subject_id, summary, changes, ip, prev_hash, hash)`.execute(tx);
  }
}

/** The fields that differ between two versions of a record, as { field: [before, after] }. */
export function diff<T extends Record<string, unknown>>(
  before: T,
  after: Partial<T>,
): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {};
  for (const [k, v] of Object.entries(after)) {
    if (v !== undefined && JSON.stringify(before[k]) !== JSON.stringify(v)) out[k] = [before[k] ?? null, v];
  }
  return out;
}
