// Backup and restore without pg_dump: the embedded package ships none, and a system pg_dump of another major
// version refuses a newer server. A backup is gzip'd NDJSON: a header line (format, migrations applied), then per
// table a line naming it and one line per batch of rows. Restore goes into an empty database: migrate, then load
// every table in one transaction with triggers (foreign keys) deferred by session_replication_role, then reset
// sequences. The audit chain survives byte for byte, so `audit verify` passes on the restored copy.
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import { once } from 'node:events';
import { sql } from 'kysely';
import type { Db } from './connection';

const SKIP = new Set(['sessions', 'schema_migrations']);

async function tables(db: Db): Promise<string[]> {
  const rows = await sql<{ table_name: string }>`SELECT table_name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`.execute(db);
  return rows.rows.map((r) => r.table_name).filter((t) => !SKIP.has(t));
}

export async function backup(db: Db, file: string): Promise<{ tables: number; rows: number }> {
  const out = createGzip();
  const sink = createWriteStream(file, { mode: 0o600 });
  out.pipe(sink);
  const write = async (obj: unknown) => {
    if (!out.write(JSON.stringify(obj) + '\n')) await once(out, 'drain');
  };
  const migrations = await db.selectFrom('schema_migrations').select('id').orderBy('id').execute();
  await write({
    format: 'fazhi-backup',
    version: 1,
    createdAt: new Date().toISOString(),
    migrations: migrations.map((m) => m.id),
  });
  let rows = 0;
  const list = await tables(db);
  for (const t of list) {
    await write({ table: t });
    const res = await sql<{ r: unknown }>`SELECT to_jsonb(x) AS r FROM ${sql.table(t)} x`.execute(db);
    for (let i = 0; i < res.rows.length; i += 1000) {
      await write({ rows: res.rows.slice(i, i + 1000).map((r) => r.r) });
    }
    rows += res.rows.length;
  }
  out.end();
  await once(sink, 'finish');
  return { tables: list.length, rows };
}

function parseLine(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw new Error('备份文件已损坏：内容不是有效的备份格式');
  }
}

export async function restore(db: Db, file: string): Promise<{ tables: number; rows: number }> {
  let header: { format?: string; migrations?: string[] } | null = null;
  let current: string | null = null;
  let rows = 0;
  let count = 0;
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
        const obj = parseLine(line) as { format?: string; migrations?: string[]; table?: string; rows?: unknown[] };
        if (!header) {
          if (obj.format !== 'fazhi-backup') throw new Error('不是法治平台的备份文件');
          header = obj;
          const applied = (await tx.selectFrom('schema_migrations').select('id').execute()).map((m) => m.id);
          const missing = (obj.migrations ?? []).filter((m) => !applied.includes(m));
          if (missing.length) throw new Error(`备份来自更新的版本，缺少迁移：${missing.join(', ')}`);
          continue;
        }
        if (obj.table) {
          if (!known.has(obj.table)) throw new Error(`备份中的表 ${obj.table} 在当前数据库中不存在`);
          const existing = await sql<{ n: string }>`SELECT count(*)::text AS n FROM ${sql.table(obj.table)}`.execute(
            tx,
          );
          if (Number(existing.rows[0]?.n ?? 0) > 0)
            throw new Error(`目标数据库的表 ${obj.table} 不为空，只能恢复到空数据库`);
          current = obj.table;
          count++;
          continue;
        }
        if (obj.rows && current) {
          await sql`INSERT INTO ${sql.table(current)} SELECT * FROM jsonb_populate_recordset(NULL::${sql.table(current)}, ${JSON.stringify(obj.rows)}::jsonb)`.execute(
            tx,
          );
          rows += obj.rows.length;
        }
      }
      // Bring every serial sequence past the restored ids.
      const seqs = await sql<{
        tbl: string;
        col: string;
        seq: string;
      }>`SELECT c.relname AS tbl, a.attname AS col, pg_get_serial_sequence(quote_ident(c.relname), a.attname) AS seq
      FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND pg_get_serial_sequence(quote_ident(c.relname), a.attname) IS NOT NULL`.execute(
        tx,
      );
      for (const s of seqs.rows) {
        await sql`SELECT setval(${s.seq}::regclass, coalesce((SELECT max(${sql.ref(s.col)}) FROM ${sql.table(s.tbl)}), 0) + 1, false)`.execute(
          tx,
        );
      }
    })
    .catch((e: unknown) => {
      // zlib speaks English (incorrect header check): a file that is not a gzip'd backup gets a Chinese answer
      if ((e as NodeJS.ErrnoException).code?.startsWith('Z_'))
        throw new Error('备份文件已损坏或不是法治平台的备份文件');
      throw e;
    });
  if (!header) throw new Error('备份文件为空');
  return { tables: count, rows };
}
