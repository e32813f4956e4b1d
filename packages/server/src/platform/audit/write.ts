import { randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/schema';
import type { Actor } from '../access/actor';
import { eventHash, GENESIS_HASH, PLATFORM_REGION } from './chain';
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
export async function writeAudit(tx: Tx, ctx: WriteContext, input: AuditInput, at: Date): Promise<void> {
  await appendAuditEvents(tx, ctx, [input], at);
}

/** Appends events to their regions' chains: per region one lock, one read of the head, the rows in batches and
 * one head update. A bulk write calls it once at the end of its transaction, so it holds each region's audit
 * lock only from here to its commit instead of for the whole transaction (platform/write.ts). */
export async function appendAuditEvents(
  tx: Tx,
  ctx: WriteContext,
  inputs: readonly AuditInput[],
  at: Date,
): Promise<void> {
  const byRegion = new Map<string, AuditInput[]>();
  for (const input of inputs) {
    assertDeclared('auditActions', input.action);
    const region = input.regionCode ?? PLATFORM_REGION;
    const list = byRegion.get(region);
    if (list) list.push(input);
    else byRegion.set(region, [input]);
  }
  // regions in a fixed order, so two bulk writes never wait for each other's locks in a cycle
  for (const region of [...byRegion.keys()].sort()) {
    await sql`SELECT pg_advisory_xact_lock(hashtextextended(${'audit:' + region}, 0))`.execute(tx);
    const head = await tx
      .selectFrom('audit_heads')
      .select(['seq', 'hash'])
      .where('region_code', '=', region)
      .executeTakeFirst();
    let seq = Number(head?.seq ?? 0);
    let prev = head?.hash ?? GENESIS_HASH;
    const rows = [];
    for (const input of byRegion.get(region) ?? []) {
      // A JSON round trip gives the value exactly as it will read back from jsonb.
      const changes = JSON.parse(JSON.stringify(input.changes ?? {})) as Record<string, unknown>;
      const event = {
        region_code: region,
        seq: String(++seq),
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
        prev_hash: prev,
      };
      prev = eventHash(event);
      rows.push({ ...event, changes: JSON.stringify(changes), hash: prev });
    }
    for (let i = 0; i < rows.length; i += 1000) {
      await tx
        .insertInto('audit_events')
        .values(rows.slice(i, i + 1000))
        .execute();
    }
    const last = { seq: String(seq), hash: prev };
    await tx
      .insertInto('audit_heads')
      .values({ region_code: region, ...last })
      .onConflict((oc) => oc.column('region_code').doUpdateSet(last))
      .execute();
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
