// The chain heads anchored outside the database. The SM3 chain is not keyed, so someone who can write the database
// can rewrite events and recompute every hash, or delete the newest events or a whole region and move its head.
// `fazhi audit verify` therefore keeps the heads it last verified in `<data dir>/audit-checkpoint.json` and checks
// that each of those events is still in the database with the same hash: rewriting or deleting anything up to a
// checkpoint is detected; events after the last checkpoint are protected only by the chain itself.
import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Db } from '../db/connection';
import type { ChainProblem } from './verify';

export interface AuditCheckpoint {
  writtenAt: string;
  heads: Record<string, { seq: string; hash: string }>;
}

export const checkpointFile = (dataDir: string) => join(dataDir, 'audit-checkpoint.json');

export async function readCheckpoint(dataDir: string): Promise<AuditCheckpoint | null> {
  const file = checkpointFile(dataDir);
  if (!existsSync(file)) return null;
  try {
    const cp = JSON.parse(await readFile(file, 'utf8')) as AuditCheckpoint;
    if (typeof cp.heads !== 'object' || cp.heads === null) throw new Error('no heads');
    return cp;
  } catch {
    throw new Error(`审计检查点文件 ${file} 已损坏，无法比对`);
  }
}

/** Every head of the checkpoint must still be in the database as the same event with the same hash. */
export async function compareWithCheckpoint(db: Db, cp: AuditCheckpoint): Promise<ChainProblem[]> {
  const problems: ChainProblem[] = [];
  for (const [region, head] of Object.entries(cp.heads).sort(([a], [b]) => a.localeCompare(b))) {
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
        reason: `检查点（${cp.writtenAt}）记录的该事件已不存在（末尾事件或整条链被删除）`,
      });
    else if (event.hash !== head.hash)
      problems.push({
        regionCode: region,
        seq: head.seq,
        eventId: event.id,
        reason: `与检查点（${cp.writtenAt}）记录的哈希不符（事件被改写并重算了哈希）`,
      });
  }
  return problems;
}

/** Records the current heads (after a verification that passed), replacing the file atomically, mode 0600. */
export async function writeCheckpoint(db: Db, dataDir: string, now: Date): Promise<AuditCheckpoint> {
  const rows = await db.selectFrom('audit_heads').select(['region_code', 'seq', 'hash']).execute();
  const cp: AuditCheckpoint = {
    writtenAt: now.toISOString(),
    heads: Object.fromEntries(rows.map((r) => [r.region_code, { seq: r.seq, hash: r.hash }])),
  };
  const file = checkpointFile(dataDir);
  await writeFile(`${file}.tmp`, JSON.stringify(cp, null, 2) + '\n', { mode: 0o600 });
  await rename(`${file}.tmp`, file);
  return cp;
}
