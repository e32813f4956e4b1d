// The platform a benchmark runs on, thrown away afterwards: with DATABASE_URL a new database on that server
// (dropped at the end unless BENCH_KEEP=1, to EXPLAIN afterwards), otherwise the embedded server in a temporary
// directory; all modules registered, the demo password fixed.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadConfig } from '../packages/server/src/platform/config';
import { openPlatform } from '../packages/server/src/platform/bootstrap';
import { modules } from '../packages/server/src/modules';

export async function openBenchPlatform() {
  const dataDir = mkdtempSync(join(tmpdir(), 'fazhi-bench-'));
  const adminUrl = process.env.DATABASE_URL;
  const benchDb = `fazhi_bench_${randomBytes(4).toString('hex')}`;
  async function admin(statement: string) {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    try {
      await c.query(statement);
    } finally {
      await c.end();
    }
  }
  let databaseUrl: string | undefined;
  if (adminUrl) {
    await admin(`CREATE DATABASE ${benchDb} ENCODING 'UTF8'`);
    const u = new URL(adminUrl);
    u.pathname = `/${benchDb}`;
    databaseUrl = u.toString();
  }
  const config = {
    ...loadConfig({ FAZHI_DATA_DIR: dataDir, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) }),
    demoPassword: 'Bench#Pass2026',
  };
  const platform = await openPlatform(config, modules);
  return {
    services: platform.services,
    dataDir,
    async close() {
      await platform.close();
      if (adminUrl && process.env.BENCH_KEEP === '1') console.log(`kept database ${benchDb}`);
      else if (adminUrl) await admin(`DROP DATABASE IF EXISTS ${benchDb} WITH (FORCE)`);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
