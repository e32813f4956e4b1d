// Versioned SQL migrations. Platform migrations live in packages/server/migrations, each module's in its own
// folder's migrations/; all run in file-name order (a timestamp prefix), each in its own transaction, under an
// advisory lock so that two servers starting together do not race. Applying twice is a no-op; an applied file
// that was edited afterwards is refused.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { Db } from './connection';

export const platformMigrationsDir = new URL('../../../migrations', import.meta.url).pathname;

interface MigrationFile {
  id: string;
  path: string;
  sql: string;
  checksum: string;
}

export function collectMigrations(dirs: readonly string[]): MigrationFile[] {
  const files: MigrationFile[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.sql'))) {
      const text = readFileSync(join(dir, name), 'utf8');
      files.push({
        id: name.replace(/\.sql$/, ''),
        path: join(dir, name),
        sql: text,
        checksum: createHash('sha256').update(text).digest('hex'),
      });
    }
  }
  files.sort((a, b) => a.id.localeCompare(b.id));
  const seen = new Set<string>();
  for (const f of files) {
    if (seen.has(f.id)) throw new Error(`迁移文件重名：${f.id}`);
    seen.add(f.id);
  }
  return files;
}

export async function migrate(db: Db, dirs: readonly string[]): Promise<string[]> {
  const files = collectMigrations(dirs);
  await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
    id text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`.execute(db);
  const applied: string[] = [];
  await db.connection().execute(async (conn) => {
    await sql`SELECT pg_advisory_lock(727001)`.execute(conn);
    try {
      const done = new Map(
        (await conn.selectFrom('schema_migrations').select(['id', 'checksum']).execute()).map((r) => [
          r.id,
          r.checksum,
        ]),
      );
      for (const f of files) {
        const previous = done.get(f.id);
        if (previous !== undefined) {
          if (previous !== f.checksum) throw new Error(`已执行的迁移 ${f.id} 被修改过，拒绝继续（请新增迁移文件）`);
          continue;
        }
        await conn.transaction().execute(async (tx) => {
          await sql.raw(f.sql).execute(tx);
          await tx.insertInto('schema_migrations').values({ id: f.id, checksum: f.checksum }).execute();
        });
        applied.push(f.id);
      }
    } finally {
      await sql`SELECT pg_advisory_unlock(727001)`.execute(conn);
    }
  });
  return applied;
}
