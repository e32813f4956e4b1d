// COPY … FROM STDIN through Kysely (copy.ts): the rows arrive as written (tabs, line breaks, backslashes, nulls), in
// the caller's transaction — rolled back with it — and a row that breaks a constraint fails the statement.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { emptyTestDatabase } from '../../../test/empty-database';
import type { Db } from './connection';
import { copyFrom, copyLine } from './copy';

describe('COPY FROM STDIN in a transaction', () => {
  let db: Db;
  let drop: () => Promise<void>;
  const rows = async () =>
    (await sql<{ id: number; label: string | null; ok: boolean }>`SELECT * FROM things ORDER BY id`.execute(db)).rows;

  before(async () => {
    ({ db, drop } = await emptyTestDatabase(2));
    await sql`CREATE TABLE things (id int PRIMARY KEY, label text, ok boolean NOT NULL)`.execute(db);
  });
  after(() => drop());

  test('rows arrive as written, and a rolled-back transaction keeps none', async () => {
    const labels = ['制\t表', '换\n行\r', 'C:\\路径\\N', null];
    const data = labels.map((label, i) => copyLine([i + 1, label, i % 2 === 0])).join('');
    await assert.rejects(
      db.transaction().execute(async (tx) => {
        assert.equal(await copyFrom(tx, 'things', ['id', 'label', 'ok'], data), 4);
        assert.equal((await sql`SELECT 1 FROM things`.execute(tx)).rows.length, 4, 'seen inside the transaction');
        throw new Error('roll back');
      }),
      /roll back/,
    );
    assert.deepEqual(await rows(), []);
    await db.transaction().execute((tx) => copyFrom(tx, 'things', ['id', 'label', 'ok'], data));
    assert.deepEqual(
      await rows(),
      labels.map((label, i) => ({ id: i + 1, label, ok: i % 2 === 0 })),
    );
  });

  test('a row breaking a constraint fails the COPY, and the connection serves the next statement', async () => {
    await assert.rejects(
      db
        .transaction()
        .execute((tx) => copyFrom(tx, 'things', ['id', 'ok'], copyLine([9, true]) + copyLine([1, false]))),
      (e: { code?: string }) => e.code === '23505',
    );
    assert.equal((await rows()).length, 4);
  });
});
