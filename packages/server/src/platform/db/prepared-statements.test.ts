// A connection prepares the short statements it repeats (connection.ts): the second call of a statement binds the
// statement prepared by the first, and a statement whose result type changed under a live connection (a column
// added to a `SELECT *`'s table) still answers.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { sql } from 'kysely';
import { createDb, type Db } from './connection';

describe('prepared statements of a connection', () => {
  const adminUrl = process.env.FAZHI_TEST_ADMIN_URL ?? '';
  const name = `fazhi_t_${randomBytes(5).toString('hex')}`;
  let db: Db;
  const admin = async (statement: string) => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(statement).finally(() => c.end());
  };

  before(async () => {
    await admin(`CREATE DATABASE ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    // one connection, so that every call below meets the statements the earlier ones prepared
    db = createDb(url.toString(), 1).db;
    await sql`CREATE TABLE things (id int PRIMARY KEY, label text)`.execute(db);
    await sql`INSERT INTO things VALUES (1, 'a'), (2, 'b')`.execute(db);
  });
  after(async () => {
    await db.destroy();
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  const prepared = async () =>
    (await sql<{ statement: string }>`SELECT statement FROM pg_prepared_statements`.execute(db)).rows.map(
      (r) => r.statement,
    );
  const byId = (id: number) =>
    db
      .selectFrom('things' as never)
      .selectAll()
      .where('id' as never, '=', id as never);

  test('a parameterised statement is prepared once and bound on its next calls', async () => {
    assert.deepEqual(await byId(1).execute(), [{ id: 1, label: 'a' }]);
    assert.deepEqual(await byId(2).execute(), [{ id: 2, label: 'b' }]);
    const text = byId(1).compile().sql;
    assert.equal((await prepared()).filter((s) => s === text).length, 1);
  });

  test('a statement without parameters is not prepared', async () => {
    await sql`SELECT count(*) FROM things`.execute(db);
    assert.ok(!(await prepared()).some((s) => s.includes('count(*)')));
  });

  test('after its table changes, a prepared SELECT * answers with the new columns', async () => {
    await byId(1).execute();
    await sql`ALTER TABLE things ADD COLUMN note text`.execute(db);
    assert.deepEqual(await byId(1).execute(), [{ id: 1, label: 'a', note: null }]);
    assert.deepEqual(await byId(2).execute(), [{ id: 2, label: 'b', note: null }]);
  });
});
