// The migration that makes the training module's register the one register of training hours
// (migrations/202612120801_training.sql), tested on data: a fresh database migrated up to the migration before it,
// an officer's training rows written in the enforcement module's old table, then the migration — every row arrives
// in training_records with its id, hours, day and demo label, placed at the officer's unit under the officer's name,
// and the old table is gone.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import pg from 'pg';
import { sql } from 'kysely';
import { createDb, type Db } from '../../../platform/db/connection';
import { collectMigrations, migrate } from '../../../platform/db/migrate';
import { createRegistry } from '../../../platform/modules/registry';
import { modules } from '../..';
import { recordFileCpuAtExit } from '../../../../test/file-cpu';

// this file builds its own database without the helpers, so it records its CPU for the harness itself
recordFileCpuAtExit();

const MIGRATION = '202612120801_training';
const adminUrl = process.env.FAZHI_TEST_ADMIN_URL ?? '';
const dbName = `fazhi_m_${randomBytes(5).toString('hex')}`;
let db: Db;

const region = '159952';
const unit = randomUUID();
const officer = randomUUID();
const rows = [randomUUID(), randomUUID()];

before(async () => {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName} ENCODING 'UTF8'`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  db = createDb(url.toString(), 2).db;
  const earlier = mkdtempSync(join(tmpdir(), 'fazhi-migrations-'));
  for (const f of collectMigrations(createRegistry(modules).migrationDirs))
    if (f.id < MIGRATION) copyFileSync(f.path, join(earlier, basename(f.path)));
  await migrate(db, [earlier]);
  await sql`INSERT INTO regions (code, name, level, path) VALUES (${region}, '迁移测试县', 'county', ${region})`.execute(
    db,
  );
  await sql`INSERT INTO orgs (id, region_code, name, kind, path)
    VALUES (${unit}, ${region}, '迁移测试局', 'department', ${'m.' + unit})`.execute(db);
  await sql`INSERT INTO enforcement_officers (id, region_code, org_id, name, id_number_enc, kind, certificate_number,
      issued_on, certificate_status)
    VALUES (${officer}, ${region}, ${unit}, '迁移测试员', 'x', 'enforcement', 'MIG-0001', '2020-01-02', 'valid')`.execute(
    db,
  );
  await sql`INSERT INTO enforcement_training_records (id, region_code, officer_id, course, hours_tenths, trained_on,
      is_demo)
    VALUES (${rows[0]}, ${region}, ${officer}, '行政处罚法专题', 15, '2026-03-02', false),
           (${rows[1]}, ${region}, ${officer}, '案卷制作规范', 80, '2026-05-06', true)`.execute(db);
  await migrate(db, createRegistry(modules).migrationDirs);
});

after(async () => {
  await db?.destroy();
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.end();
});

test('the enforcement register’s rows are kept in the one register, and its table is dropped', async () => {
  const moved = await db
    .selectFrom('training_records')
    .select(['id', 'org_id', 'officer_id', 'user_id', 'person_name', 'course', 'hours_tenths', 'trained_on', 'is_demo'])
    .orderBy('trained_on')
    .execute();
  assert.deepEqual(moved, [
    {
      id: rows[0],
      org_id: unit,
      officer_id: officer,
      user_id: null,
      person_name: '迁移测试员',
      course: '行政处罚法专题',
      hours_tenths: 15,
      trained_on: '2026-03-02',
      is_demo: false,
    },
    {
      id: rows[1],
      org_id: unit,
      officer_id: officer,
      user_id: null,
      person_name: '迁移测试员',
      course: '案卷制作规范',
      hours_tenths: 80,
      trained_on: '2026-05-06',
      is_demo: true,
    },
  ]);
  const old = await sql<{ t: string | null }>`SELECT to_regclass('enforcement_training_records')::text AS t`.execute(
    db,
  );
  assert.equal(old.rows[0]?.t, null);
});
