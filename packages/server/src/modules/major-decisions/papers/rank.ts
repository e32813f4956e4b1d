// A paper's number among its issuer's papers of the kind in the year: a rank over the records, by date (the 文号 is
// the register's, never invented; core decisionPaperNumber writes it).
import { sql, type RawBuilder } from 'kysely';
import type { Services } from '../../../platform/services';

type Db = Services['db'];

/** The paper's place among its issuer's papers of the kind in the year (a rank over the records, by date). */
export async function rank(db: Db, from: RawBuilder<unknown>, id: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT n::int FROM (
    SELECT x.id, row_number() OVER (ORDER BY x.day, x.created_at, x.id) AS n FROM (${from}) x) r
    WHERE r.id = ${id}::uuid`.execute(db);
  return rows[0]?.n ?? 1;
}

export const year = (iso: string) => Number(iso.slice(0, 4));
