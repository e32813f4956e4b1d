import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import pg from 'pg';
import { createTestEnv, type TestEnv } from '../../../test/helpers';
import { backup, restore } from './backup';
import { createDb } from './connection';
import { migrate } from './migrate';
import { verifyAuditChain } from '../audit/verify';

let env: TestEnv;
before(async () => {
  env = await createTestEnv();
});
after(() => env.close());

async function counts(db: ReturnType<typeof createDb>['db']) {
  const out: Record<string, number> = {};
  for (const t of [
    'regions',
    'orgs',
    'users',
    'role_assignments',
    'audit_events',
    'audit_heads',
    'outbox_events',
    'login_log',
  ] as const) {
    const r = await db
      .selectFrom(t)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    out[t] = Number(r.n);
  }
  return out;
}

describe('backup and restore', () => {
  test('a backup restores into an empty database with every record and an intact audit chain', async () => {
    const file = join(env.services.config.dataDir, 'backup.fzbak');
    const b = await backup(env.services.db, file);
    assert.ok(b.rows > 50);
    const admin = new pg.Client({ connectionString: env.adminUrl });
    await admin.connect();
    const name = `${env.dbName}_r`;
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(env.adminUrl);
    url.pathname = `/${name}`;
    const { db } = createDb(url.toString(), 2);
    try {
      await migrate(db, env.services.registry.migrationDirs);
      assert.deepEqual(
        await migrate(db, env.services.registry.migrationDirs),
        [],
        'applying migrations twice is a no-op',
      );
      await restore(db, file);
      assert.deepEqual(await counts(db), await counts(env.services.db));
      const v = await verifyAuditChain(db);
      assert.equal(v.ok, true, JSON.stringify(v.problems));
      await assert.rejects(restore(db, file), /不为空/);
    } finally {
      await db.destroy();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
