// An empty database of its own on the integration run's cluster (FAZHI_TEST_ADMIN_URL), for a test of the
// connection layer itself (prepared statements, COPY): no migrations, no seed; dropped by `drop`.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDb, type Db } from '../src/platform/db/connection';

export async function emptyTestDatabase(poolSize: number): Promise<{ db: Db; drop(): Promise<void> }> {
  const adminUrl = process.env.FAZHI_TEST_ADMIN_URL ?? '';
  const name = `fazhi_t_${randomBytes(5).toString('hex')}`;
  const admin = async (statement: string) => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(statement).finally(() => c.end());
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const { db } = createDb(url.toString(), poolSize);
  return {
    db,
    async drop() {
      await db.destroy();
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
