// A connection prepares the short statements it repeats (connection.ts): the second call of a statement binds the
// statement prepared by the first, and a statement whose result type changed under a live connection (a column
// added to a `SELECT *`'s table) still answers.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { emptyTestDatabase } from '../../../test/empty-database';
import type { Db } from './connection';

describe('prepared statements of a connection', () => {
  let db: Db;
  let drop: () => Promise<void>;

  before(async () => {
    // one connection, so that every call below meets the statements the earlier ones prepared
    ({ db, drop } = await emptyTestDatabase(1));
    await sql`CREATE TABLE things (id int PRIMARY KEY, label text)`.execute(db);
    await sql`INSERT INTO things VALUES (1, 'a'), (2, 'b')`.execute(db);
  });
  after(() => drop());

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
