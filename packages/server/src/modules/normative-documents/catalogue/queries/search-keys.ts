// Which documents a search ranks: the keys of its SEARCH_CAP newest matches. Two ways to find them, and the planner
// cannot tell which is cheaper, because it prices the full-text test of a row at nothing while it actually reads
// the row's compressed search vector:
// - a rare or middling word (a few thousand matches): every match from the GIN index, then the newest;
// - a word in a large share of the catalogue (管理): walk the recency index and stop at the SEARCH_CAP-th match.
// The planner's own row estimate (EXPLAIN, no execution) picks the way; SET LOCAL keeps it from taking the other.
import { CompiledQuery, sql, type Compilable } from 'kysely';
import type { Db } from '../../../../platform/db/connection';
import { SEARCH_CAP } from './search';

/** Above this many estimated matches the recency walk reads fewer rows than taking every match. */
const DENSE_MATCHES = 10 * SEARCH_CAP;

export interface DocumentKey {
  region_code: string;
  id: string;
}

/** `matching`: the filtered documents (alias d) selecting region_code, id, published_on, updated_at. */
export async function newestMatchKeys(db: Db, matching: Compilable): Promise<DocumentKey[]> {
  const c = matching.compile();
  const plan = await db.executeQuery<{ 'QUERY PLAN': { Plan: { 'Plan Rows': number } }[] }>(
    CompiledQuery.raw(`EXPLAIN (FORMAT JSON) ${c.sql}`, [...c.parameters]),
  );
  const estimate = plan.rows[0]?.['QUERY PLAN'][0]?.Plan['Plan Rows'] ?? 0;
  const dense = estimate > DENSE_MATCHES;
  return db.transaction().execute(async (tx) => {
    await sql.raw(`SET LOCAL ${dense ? 'enable_bitmapscan' : 'enable_seqscan'} = off`).execute(tx);
    const found = await tx.executeQuery<DocumentKey>(
      CompiledQuery.raw(
        `WITH m AS ${dense ? 'NOT MATERIALIZED' : 'MATERIALIZED'} (${c.sql})
         SELECT region_code, id FROM m ORDER BY published_on DESC NULLS LAST, updated_at DESC LIMIT ${SEARCH_CAP}`,
        [...c.parameters],
      ),
    );
    return found.rows;
  });
}
