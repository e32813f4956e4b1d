// The audit trail is a hash chain per region: each event's hash covers its content and the previous event's
// hash, and audit_heads keeps the last link. Editing, deleting or inserting a row breaks the chain at that row;
// deleting the newest rows breaks the head. `fazhi audit verify` walks every chain.
// Events are sealed with HMAC-SM3 under the audit key (key.ts; key_id names it). Events of releases before the key
// carry key_id NULL and a plain SM3 hash of a millisecond timestamp; `sealUnkeyedChains` (rekey.ts) re-seals them
// once after checking them as they were.
import { sm3 } from '../crypto/sm';
import { hmacSm3, type AuditKey } from './key';

export const GENESIS_HASH = '0'.repeat(64);
export const PLATFORM_REGION = '000000';

export interface ChainedEvent {
  region_code: string;
  seq: string;
  id: string;
  occurred_at: Date;
  actor_user_id: string | null;
  actor_username: string | null;
  actor_org_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  summary: string;
  changes: unknown;
  ip: string | null;
  prev_hash: string;
}

/** JSON with object keys sorted at every level: jsonb reorders keys, so the hash must not depend on their order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

function content(e: ChainedEvent) {
  return {
    region_code: e.region_code,
    seq: String(e.seq),
    id: e.id,
    actor_user_id: e.actor_user_id,
    actor_username: e.actor_username,
    actor_org_id: e.actor_org_id,
    action: e.action,
    subject_type: e.subject_type,
    subject_id: e.subject_id,
    summary: e.summary,
    changes: e.changes,
    ip: e.ip,
    prev_hash: e.prev_hash,
  };
}

/** The stored instant to the microsecond, as PostgreSQL keeps it (a JS Date has milliseconds: three zeros follow). */
export const microsIso = (d: Date) => d.toISOString().replace(/Z$/, '000Z');

/** What an event says, apart from its place in the chain: SM3 over its content (without seq and prev_hash), the key
 * id and the stored microsecond instant (`occurredMicros`, e.g. 2026-12-06T08:00:00.123000Z), so even a
 * sub-millisecond change of occurred_at changes it. Computed before the region's audit lock is taken (write.ts):
 * it is the costly part of sealing. */
export function eventDigest(e: Omit<ChainedEvent, 'seq' | 'prev_hash'>, occurredMicros: string, keyId: string): string {
  const { seq: _seq, prev_hash: _prev, ...rest } = content({ ...e, seq: '', prev_hash: '' });
  return sm3(canonicalJson({ ...rest, occurred_at: occurredMicros, key_id: keyId }));
}

/** The link: HMAC-SM3 under the audit key over the previous hash, the sequence number and the event's digest. */
export const sealLink = (key: AuditKey, prevHash: string, seq: string, digest: string) =>
  hmacSm3(key, `${prevHash}|${seq}|${digest}`);

/** The keyed hash of a stored event. */
export function sealedEventHash(e: ChainedEvent, occurredMicros: string, key: AuditKey): string {
  return sealLink(key, e.prev_hash, String(e.seq), eventDigest(e, occurredMicros, key.id));
}

/** The unkeyed hash of releases before the audit key (key_id NULL): only checked before such events are re-sealed. */
export function plainEventHash(e: ChainedEvent): string {
  return sm3(canonicalJson({ ...content(e), occurred_at: e.occurred_at.toISOString() }));
}

/** A stored link as a walk reads it: the event, its keyed hash, and its instant to the microsecond. */
export type StoredLink = ChainedEvent & { hash: string; key_id: string | null; micros: string };

/**
 * What is wrong with one link of a keyed chain walked in order — a region's chain (`place` its number) or a bulk
 * write's sub-chain (`place` naming the batch too) — or null when it holds. Both walks ask this one question, so
 * a check added to one cannot be missing from the other. `unkeyed` judges an event without a key (a region walk
 * names the missing re-sealing, or accepts an earlier release's plain hash while re-sealing).
 */
export function keyedLinkProblem(
  e: StoredLink,
  expected: number,
  prev: string,
  key: AuditKey,
  place: string,
  unkeyed: (e: StoredLink) => string | null = () => '该事件未以审计密钥封存',
): string | null {
  if (Number(e.seq) !== expected) return `序号不连续：应为 ${expected}，实为 ${e.seq}（有事件被删除或插入）`;
  if (e.prev_hash !== prev) return '前序哈希不匹配（前一事件被改动、删除、插入或调换了位置）';
  if (e.key_id === null) return unkeyed(e);
  if (e.key_id !== key.id) return `该事件由另一把审计密钥（标识 ${e.key_id}）封存，当前密钥标识为 ${key.id}`;
  if (sealLink(key, prev, place, eventDigest(e, e.micros, key.id)) !== e.hash)
    return '内容或发生时间被改动（与密钥哈希不符）';
  return null;
}
