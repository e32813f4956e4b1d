// Backup and restore without pg_dump: the embedded package ships none, and a system pg_dump of another major
// version refuses a newer server. A backup is gzip'd NDJSON (format version 2):
//   {format, version, createdAt, source, migrations, tables}      the header: what follows and where it came from
//   {table}  {rows: […]}…  {tableEnd, rows, sm3}                   per table: its rows, then its count and digest
//   {end: true, tables, rows}                                      the end record: nothing was cut off
// Every table is read in one REPEATABLE READ, read-only transaction, so the backup is the database at one instant
// (createdAt is that instant) even while writes go on. Restore goes into an empty database in one transaction:
// it checks every count and digest and the end record, loads rows with triggers (foreign keys) deferred by
// session_replication_role, resets sequences and verifies the audit chain before committing — an incomplete or
// altered backup, or one whose chain does not verify, leaves the database as empty as it was.
// The header carries the audit key id that sealed the chain (never the key) and the data directory's audit
// checkpoint as it was when the backup began; restore refuses another key, checks the restored chain against that
// checkpoint too, and writes it into a data directory that has none (platform/audit/checkpoint.ts).
import { createReadStream, createWriteStream } from 'node:fs';
import { createHash } from 'node:crypto';
import { hostname } from 'node:os';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import { once } from 'node:events';
import { sql } from 'kysely';
import type { Db } from './connection';
import { NotIntactError } from '../errors';
import { verifyAuditChain } from '../audit/verify';
import type { AuditKey } from '../audit/key';
import {
  checkAgainstCheckpoint,
  parseCheckpoint,
  readCheckpoint,
  saveCheckpoint,
  type AuditCheckpoint,
} from '../audit/checkpoint';

const SKIP = new Set(['sessions', 'schema_migrations']);
export const BACKUP_FORMAT_VERSION = 2;
const BATCH = 1000;

async function tables(db: Db): Promise<string[]> {
  const rows = await sql<{ table_name: string }>`SELECT table_name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`.execute(db);
  return rows.rows.map((r) => r.table_name).filter((t) => !SKIP.has(t));
}

export interface BackupHeader {
  format: 'fazhi-backup';
  version: number;
  /** the snapshot's instant (the read transaction's start) */
  createdAt: string;
  source: { database: string; server: string; host: string };
  migrations: string[];
  tables: string[];
  /** absent in backups of the release before the audit key */
  audit?: { keyId: string; checkpoint: AuditCheckpoint | null };
}

/** The audit key and the data directory whose checkpoint a backup carries and a restore writes back. */
export interface AuditAnchor {
  key: AuditKey;
  dataDir: string;
}

type Line =
  | Partial<BackupHeader>
  | { table: string }
  | { rows: unknown[] }
  | { tableEnd: string; rows: number; sm3: string }
  | { end: true; tables: number; rows: number };

export async function backup(db: Db, file: string, anchor: AuditAnchor): Promise<{ tables: number; rows: number }> {
  // read before the snapshot starts, so every head it names was committed before the snapshot
  const checkpoint = await readCheckpoint(anchor.dataDir);
  const out = createGzip();
  const sink = createWriteStream(file, { mode: 0o600 });
  out.pipe(sink);
  const write = async (text: string) => {
    if (!out.write(text + '\n')) await once(out, 'drain');
  };
  const result = await db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (tx) => {
      const snap = await sql<{
        at: Date;
        db: string;
        server: string;
      }>`SELECT now() AS at, current_database() AS db, version() AS server`.execute(tx);
      const info = snap.rows[0];
      const migrations = await tx.selectFrom('schema_migrations').select('id').orderBy('id').execute();
      const list = await tables(tx as unknown as Db);
      const header: BackupHeader = {
        format: 'fazhi-backup',
        version: BACKUP_FORMAT_VERSION,
        createdAt: info ? info.at.toISOString() : '',
        source: { database: info?.db ?? '', server: info?.server ?? '', host: hostname() },
        migrations: migrations.map((m) => m.id),
        tables: list,
        audit: { keyId: anchor.key.id, checkpoint },
      };
      await write(JSON.stringify(header));
      let rows = 0;
      for (const t of list) {
        await write(JSON.stringify({ table: t }));
        const res = await sql<{ r: unknown }>`SELECT to_jsonb(x) AS r FROM ${sql.table(t)} x`.execute(tx);
        const digest = createHash('sm3');
        for (let i = 0; i < res.rows.length; i += BATCH) {
          const line = JSON.stringify({ rows: res.rows.slice(i, i + BATCH).map((r) => r.r) });
          digest.update(line + '\n');
          await write(line);
        }
        await write(JSON.stringify({ tableEnd: t, rows: res.rows.length, sm3: digest.digest('hex') }));
        rows += res.rows.length;
      }
      await write(JSON.stringify({ end: true, tables: list.length, rows }));
      return { tables: list.length, rows };
    });
  out.end();
  await once(sink, 'finish');
  return result;
}

const refuse = (message: string) => new NotIntactError(message);

function parseLine(line: string): Line {
  try {
    return JSON.parse(line) as Line;
  } catch {
    throw refuse('备份文件已损坏：内容不是有效的备份格式');
  }
}

export interface RestoreResult {
  tables: number;
  rows: number;
  events: number;
  /** what became of the checkpoint the backup carried */
  checkpoint: 'written' | 'kept-existing' | 'none';
}

export async function restore(db: Db, file: string, anchor: AuditAnchor): Promise<RestoreResult> {
  const { key } = anchor;
  let header: BackupHeader | null = null;
  let current: { table: string; rows: number; digest: ReturnType<typeof createHash> } | null = null;
  const done: string[] = [];
  let ended = false;
  let rows = 0;
  let events = 0;
  let checkpoint: AuditCheckpoint | null = null;
  await db
    .transaction()
    .execute(async (tx) => {
      await sql`SET LOCAL session_replication_role = replica`.execute(tx);
      const known = new Set(await tables(tx as unknown as Db));
      // Opened only now: readline starts emitting at once, and lines emitted before iteration begins are lost.
      // A read error (no such file) does not travel down a pipe: hand it to the gunzip stream, whose error ends the
      // loop below and rolls the transaction back.
      const gunzip = createGunzip();
      const input = createReadStream(file);
      input.on('error', (e: NodeJS.ErrnoException) =>
        gunzip.destroy(new Error(e.code === 'ENOENT' ? `备份文件不存在：${file}` : `无法读取备份文件：${e.message}`)),
      );
      const lines = createInterface({ input: input.pipe(gunzip), crlfDelay: Infinity });
      for await (const line of lines) {
        if (!line.trim()) continue;
        const obj = parseLine(line);
        if (ended) throw refuse('备份文件在结束记录之后还有内容');
        if (!header) {
          header = await checkHeader(tx as unknown as Db, obj, key);
          continue;
        }
        if ('table' in obj) {
          if (current) throw refuse(`表 ${current.table} 的数据不完整：缺少该表的结束记录`);
          if (!known.has(obj.table)) throw refuse(`备份中的表 ${obj.table} 在当前数据库中不存在`);
          const existing = await sql<{ n: string }>`SELECT count(*)::text AS n FROM ${sql.table(obj.table)}`.execute(
            tx,
          );
          if (Number(existing.rows[0]?.n ?? 0) > 0)
            throw new Error(`目标数据库的表 ${obj.table} 不为空，只能恢复到空数据库`);
          current = { table: obj.table, rows: 0, digest: createHash('sm3') };
        } else if ('tableEnd' in obj) {
          if (!current || current.table !== obj.tableEnd) throw refuse(`表 ${obj.tableEnd} 的结束记录位置不对`);
          if (current.rows !== obj.rows)
            throw refuse(`表 ${current.table} 的行数不符：备份记录 ${obj.rows} 行，文件中 ${current.rows} 行`);
          if (current.digest.digest('hex') !== obj.sm3)
            throw refuse(`表 ${current.table} 的内容与备份时的摘要不符（文件被改动）`);
          done.push(current.table);
          current = null;
        } else if ('rows' in obj && Array.isArray(obj.rows)) {
          if (!current) throw refuse('备份文件格式错误：数据行不属于任何表');
          current.digest.update(line + '\n');
          current.rows += obj.rows.length;
          await sql`INSERT INTO ${sql.table(current.table)} SELECT * FROM jsonb_populate_recordset(NULL::${sql.table(current.table)}, ${JSON.stringify(obj.rows)}::jsonb)`.execute(
            tx,
          );
          rows += obj.rows.length;
        } else if ('end' in obj) {
          const missing = (header.tables ?? []).filter((t) => !done.includes(t));
          if (current || missing.length || obj.tables !== done.length || obj.rows !== rows)
            throw refuse(`备份文件的结束记录与内容不符${missing.length ? `，缺少表：${missing.join('、')}` : ''}`);
          ended = true;
        }
      }
      if (!header) throw refuse('备份文件为空');
      if (!ended) {
        const missing = header.tables.filter((t) => !done.includes(t));
        throw refuse(
          `备份文件不完整（文件被截断）：缺少结束记录，${done.length}/${header.tables.length} 张表完整` +
            (missing.length ? `，缺少或不完整的表：${missing.join('、')}` : ''),
        );
      }
      await resetSequences(tx as unknown as Db);
      // The restored database must pass its own audit check before it is committed.
      const h = header as BackupHeader;
      // a backup of the release before the key holds unsealed events: start-up re-seals them once restored
      const v = await verifyAuditChain(tx as unknown as Db, key, undefined, { allowUnsealed: !h.audit });
      if (!v.ok) {
        const first = v.problems[0];
        throw refuse(
          `恢复后的审计日志校验未通过（区划 ${first?.regionCode ?? ''} 第 ${first?.seq ?? ''} 号事件：${first?.reason ?? ''}），已全部撤销`,
        );
      }
      const carried = h.audit?.checkpoint ?? null;
      const cp = carried ? await checkAgainstCheckpoint(tx as unknown as Db, carried, key) : [];
      if (cp[0])
        throw refuse(
          `恢复后的审计日志与备份携带的检查点不符（${cp[0].regionCode ? `区划 ${cp[0].regionCode} 第 ${cp[0].seq} 号事件：` : ''}${cp[0].reason}），已全部撤销`,
        );
      events = v.events;
      checkpoint = carried;
    })
    .catch((e: unknown) => {
      // zlib speaks English (incorrect header check, unexpected end of file): answer in Chinese
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'Z_BUF_ERROR') throw refuse('备份文件被截断（压缩数据不完整），未恢复任何数据');
      if (code?.startsWith('Z_')) throw refuse('备份文件已损坏或不是法治平台的备份文件');
      throw e;
    });
  // Written only where there is none: restoring into a scratch database beside a running installation must not
  // replace that installation's newer anchor.
  if (!checkpoint) return { tables: done.length, rows, events, checkpoint: 'none' };
  if (await readCheckpoint(anchor.dataDir)) return { tables: done.length, rows, events, checkpoint: 'kept-existing' };
  await saveCheckpoint(anchor.dataDir, checkpoint);
  return { tables: done.length, rows, events, checkpoint: 'written' };
}

async function checkHeader(tx: Db, obj: Line, key: AuditKey): Promise<BackupHeader> {
  const h = obj as Partial<BackupHeader>;
  if (h.format !== 'fazhi-backup') throw refuse('不是法治平台的备份文件');
  if (h.version !== BACKUP_FORMAT_VERSION || !Array.isArray(h.tables))
    throw refuse(
      `备份格式版本 ${String(h.version)} 不受支持：该格式没有行数、摘要和结束记录，无法确认完整，请用当前版本重新备份`,
    );
  const applied = (await tx.selectFrom('schema_migrations').select('id').execute()).map((m) => m.id);
  const missing = (h.migrations ?? []).filter((m) => !applied.includes(m));
  if (missing.length) throw new Error(`备份来自更新的版本，缺少迁移：${missing.join(', ')}`);
  if (h.audit && h.audit.keyId !== key.id)
    throw new Error(
      `备份的审计日志由审计密钥（标识 ${h.audit.keyId}）封存，当前审计密钥标识为 ${key.id}：请使用备份时的审计密钥（FAZHI_AUDIT_KEY 或数据目录中的 audit.key）恢复`,
    );
  if (h.audit?.checkpoint) parseCheckpoint(JSON.stringify(h.audit.checkpoint), '备份文件');
  return h as BackupHeader;
}

/** Brings every serial sequence past the restored ids. A column a migration dropped stays in pg_attribute under a
 * stand-in name that pg_get_serial_sequence refuses: only live columns are asked about. */
async function resetSequences(tx: Db): Promise<void> {
  const seqs = await sql<{
    tbl: string;
    col: string;
    seq: string;
  }>`SELECT c.relname AS tbl, a.attname AS col, pg_get_serial_sequence(quote_ident(c.relname), a.attname) AS seq
      FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
        AND pg_get_serial_sequence(quote_ident(c.relname), a.attname) IS NOT NULL`.execute(tx);
  for (const s of seqs.rows) {
    await sql`SELECT setval(${s.seq}::regclass, coalesce((SELECT max(${sql.ref(s.col)}) FROM ${sql.table(s.tbl)}), 0) + 1, false)`.execute(
      tx,
    );
  }
}
