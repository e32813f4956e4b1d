// The chain heads anchored outside the database. The keyed chain stops anyone without the audit key from
// recomputing hashes, but deleting the newest events and rewinding the head, or deleting a whole region's chain,
// leaves a chain that still verifies. `fazhi audit verify` therefore keeps the heads it last verified in
// `<data dir>/audit-checkpoint.json` and checks that each of those events is still in the database with the same
// hash. The file carries an HMAC-SM3 under the audit key, so it cannot be rewritten to match a shortened chain.
import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Db } from '../db/connection';
import { chineseTimeToSecond } from '../display-dates';
import { canonicalJson } from './chain';
import { hmacSm3, type AuditKey } from './key';
import type { ChainProblem } from './verify';

export interface AuditCheckpoint {
  writtenAt: string;
  /** the audit key that sealed these heads; absent in checkpoints of the release before the key */
  keyId?: string;
  heads: Record<string, { seq: string; hash: string }>;
  /** HMAC-SM3 under that key over writtenAt, keyId and heads */
  mac?: string;
}

export const checkpointFile = (dataDir: string) => join(dataDir, 'audit-checkpoint.json');

const macOf = (cp: AuditCheckpoint, key: AuditKey) =>
  hmacSm3(key, canonicalJson({ writtenAt: cp.writtenAt, keyId: cp.keyId, heads: cp.heads }));

/** Whether the checkpoint is one this key sealed and unchanged since; a Chinese reason when not. */
export function checkpointSealProblem(cp: AuditCheckpoint, key: AuditKey): string | null {
  if (!cp.keyId || !cp.mac) return '检查点文件没有审计密钥的校验码（旧版本的检查点，或被改写）';
  if (cp.keyId !== key.id) return `检查点由另一把审计密钥（标识 ${cp.keyId}）封存，当前密钥标识为 ${key.id}`;
  if (macOf(cp, key) !== cp.mac) return '检查点文件的校验码不符（文件在记录后被改写）';
  return null;
}

/** Parses a checkpoint (the file's text, or the copy a backup carries). */
export function parseCheckpoint(text: string, where: string): AuditCheckpoint {
  try {
    const cp = JSON.parse(text) as AuditCheckpoint;
    if (typeof cp.heads !== 'object' || cp.heads === null || typeof cp.writtenAt !== 'string')
      throw new Error('no heads');
    return cp;
  } catch {
    throw new Error(`审计检查点（${where}）已损坏，无法比对`);
  }
}

export async function readCheckpoint(dataDir: string): Promise<AuditCheckpoint | null> {
  const file = checkpointFile(dataDir);
  if (!existsSync(file)) return null;
  return parseCheckpoint(await readFile(file, 'utf8'), file);
}

/** Every head of the checkpoint must still be in the database as the same event with the same hash; a
 * `regions` list limits the comparison to those chains (a region auditor's). */
export async function compareWithCheckpoint(db: Db, cp: AuditCheckpoint, regions?: string[]): Promise<ChainProblem[]> {
  const problems: ChainProblem[] = [];
  for (const [region, head] of Object.entries(cp.heads).sort(([a], [b]) => a.localeCompare(b))) {
    if (regions && !regions.includes(region)) continue;
    const event = await db
      .selectFrom('audit_events')
      .select(['id', 'hash'])
      .where('region_code', '=', region)
      .where('seq', '=', head.seq)
      .executeTakeFirst();
    if (!event)
      problems.push({
        regionCode: region,
        seq: head.seq,
        eventId: null,
        reason: `检查点（${chineseTimeToSecond(new Date(cp.writtenAt))}）记录的该事件已不存在（末尾事件或整条链被删除）`,
      });
    else if (event.hash !== head.hash)
      problems.push({
        regionCode: region,
        seq: head.seq,
        eventId: event.id,
        reason: `与检查点（${chineseTimeToSecond(new Date(cp.writtenAt))}）记录的哈希不符（事件被改写并重算了哈希）`,
      });
  }
  return problems;
}

/** The seal and the heads compared: everything `audit verify` checks against a checkpoint. */
export async function checkAgainstCheckpoint(
  db: Db,
  cp: AuditCheckpoint,
  key: AuditKey,
  regions?: string[],
): Promise<ChainProblem[]> {
  const seal = checkpointSealProblem(cp, key);
  // a problem of the file rather than of a chain: no region, no sequence number
  const sealProblem = seal ? [{ regionCode: '', seq: '', eventId: null, reason: `审计检查点：${seal}` }] : [];
  return [...sealProblem, ...(await compareWithCheckpoint(db, cp, regions))];
}

/** The current heads, sealed with the audit key. */
export async function currentCheckpoint(db: Db, key: AuditKey, now: Date): Promise<AuditCheckpoint> {
  const rows = await db.selectFrom('audit_heads').select(['region_code', 'seq', 'hash']).execute();
  const cp: AuditCheckpoint = {
    writtenAt: now.toISOString(),
    keyId: key.id,
    heads: Object.fromEntries(rows.map((r) => [r.region_code, { seq: r.seq, hash: r.hash }])),
  };
  return { ...cp, mac: macOf(cp, key) };
}

/** Replaces the checkpoint file atomically, mode 0600. */
export async function saveCheckpoint(dataDir: string, cp: AuditCheckpoint): Promise<void> {
  const file = checkpointFile(dataDir);
  await writeFile(`${file}.tmp`, JSON.stringify(cp, null, 2) + '\n', { mode: 0o600 });
  await rename(`${file}.tmp`, file);
}

/** Records the current heads (after a verification that passed). */
export async function writeCheckpoint(db: Db, dataDir: string, key: AuditKey, now: Date): Promise<AuditCheckpoint> {
  const cp = await currentCheckpoint(db, key, now);
  await saveCheckpoint(dataDir, cp);
  return cp;
}
