// The pre-aggregated counts of 规范性文件统计 (platform/db/statistic-counts.ts): each document's records of every
// summable figure, from the same sources as the records pages, folded when the migration's triggers have marked
// the document (202612080202_normative_statistic_counts).
import { sql } from 'kysely';
import { foldStatistics } from '../../../../platform/db/statistic-counts';
import type { Db } from '../../../../platform/db/connection';
import { SUBJECT } from '../../support';
import { factSource, foldedFigures } from './statistics-sources';

/** Folds the region's marked documents into the counts the figures are summed from. */
export function foldNormativeStatistics(db: Db, regionCode: string) {
  return foldStatistics(db, SUBJECT, regionCode, (ids) =>
    sql.join(
      foldedFigures.map(
        (key) => sql`SELECT x.document_id AS subject_id, ${key}::text AS figure, x.org_id, x.from_on, x.until_on,
          x.numerator_on
        FROM (${factSource(key, { regionCode, documents: sql`d.id = ANY(${ids}::uuid[])` })}) x`,
      ),
      sql` UNION ALL `,
    ),
  );
}

/**
 * On start (the module's bootstrap): every region's marked documents — after the migration, all of them; at
 * 100,000 documents a few minutes once — so that no user's first statistics request waits for that fold.
 */
export async function foldAllNormativeStatistics(db: Db) {
  const regions = await sql<{ region_code: string }>`SELECT DISTINCT region_code FROM statistic_dirty
    WHERE subject_type = ${SUBJECT}`.execute(db);
  for (const r of regions.rows) await foldNormativeStatistics(db, r.region_code);
}
