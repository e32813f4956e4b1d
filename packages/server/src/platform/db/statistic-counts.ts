// Statistics over a region and any period from pre-aggregated counts (docs/scaling.md "Statistics", migration
// 202612080201_statistic_counts): a module's figures are summed per (unit, day) from statistic_days instead of
// counting its records, so a region's figures over seven years read some thousands of rows, not a million.
//
// The pattern a module follows:
// 1. one SQL source per figure listing its records, whatever the period, with the columns of FactColumns — the
//    same source, read with a period, is the figure's records page (so the figure and its records are one
//    definition);
// 2. a migration with statistic_mark_dirty triggers on every table those sources read, so that whoever writes
//    marks the subjects (documents, cases…) whose records may have changed, in the writing transaction;
// 3. the statistics read calls foldStatistics (the marked subjects' facts recomputed from the sources), then
//    sumStatistics in its reporting transaction, with the scope chokepoint on the unit column.
import { sql, type RawBuilder, type SqlBool, type Transaction } from 'kysely';
import type { Db } from './connection';
import type { Database } from './schema';

/**
 * The columns a fact source yields: `subject_id` (what is marked dirty), `figure`, `org_id` (the unit the record
 * counts for: the scope is checked on it), `from_on` (a flow's day; a state's first day), `until_on` (a state's
 * first day no longer held; 'infinity' for a flow) and `numerator_on` (the day a rate's numerator has the record:
 * '-infinity' always, 'infinity' never). Rows without `from_on` count on no day and are left out.
 */
export type FactSource = (subjectIds: string[]) => RawBuilder<unknown>;

export type FigureShape = 'flow' | 'state';

const FOLD_BATCH = 2000;

/**
 * Recomputes the facts of the subjects marked in the region, in batches, each batch in its own transaction under
 * the region's fold lock (two reads folding at once would count a subject twice). Reads that find nothing marked —
 * nearly all — take no lock. Returns how many subjects were folded.
 */
export async function foldStatistics(db: Db, subjectType: string, regionCode: string, facts: FactSource) {
  const marked = await sql`SELECT 1 FROM statistic_dirty
    WHERE region_code = ${regionCode} AND subject_type = ${subjectType} LIMIT 1`.execute(db);
  if (marked.rows.length === 0) return 0;
  let folded = 0;
  for (;;) {
    const n = await db.transaction().execute(async (tx) => {
      await sql`SELECT pg_advisory_xact_lock(hashtext(${`statistic_fold:${subjectType}:${regionCode}`}))`.execute(tx);
      await sql`SET LOCAL jit = off`.execute(tx);
      const claimed = await sql<{ subject_id: string }>`DELETE FROM statistic_dirty
        WHERE region_code = ${regionCode} AND subject_type = ${subjectType} AND subject_id IN (
          SELECT subject_id FROM statistic_dirty WHERE region_code = ${regionCode} AND subject_type = ${subjectType}
          LIMIT ${FOLD_BATCH})
        RETURNING subject_id`.execute(tx);
      const ids = claimed.rows.map((r) => r.subject_id);
      if (ids.length === 0) return 0;
      await sql`DELETE FROM statistic_facts WHERE region_code = ${regionCode} AND subject_type = ${subjectType}
        AND subject_id = ANY(${ids}::text[])`.execute(tx);
      await sql`INSERT INTO statistic_facts (region_code, subject_type, subject_id, figure, org_id, from_on, until_on,
          numerator_on)
        SELECT ${regionCode}, ${subjectType}, f.subject_id, f.figure, f.org_id, f.from_on, f.until_on, f.numerator_on
        FROM (${facts(ids)}) f WHERE f.from_on IS NOT NULL`.execute(tx);
      return ids.length;
    });
    folded += n;
    if (n < FOLD_BATCH) return folded;
  }
}

export interface StatisticSums {
  /** the records counted (a rate's denominator) */
  total: number;
  /** of those, the records in a rate's numerator by the period's last day */
  counted: number;
}

export interface SumQuery {
  subjectType: string;
  regionCode: string;
  period: { from: string; to: string };
  figures: { key: string; shape: FigureShape }[];
  /** the scope chokepoint and the unit asked for, on `s.org_id` */
  units: RawBuilder<SqlBool>;
}

/**
 * Every figure asked for over the period, summed from statistic_days for the units the read may see: a flow counts
 * the days of the period, a state the days up to its last (+1 where a record starts holding, -1 where it stops).
 */
export function sumStatisticsSql(q: SumQuery, perUnit = false) {
  const { from, to } = q.period;
  const states = q.figures.filter((f) => f.shape === 'state').map((f) => f.key);
  const counted = sql`(s.figure = ANY(${states}::text[]) OR s.day >= ${from}::date)`;
  const unit = perUnit ? sql`, s.org_id` : sql``;
  return sql<{ figure: string; org_id: string; n: string; k: string }>`
    SELECT s.figure ${unit}, coalesce(sum(s.n) FILTER (WHERE ${counted}), 0) AS n,
      coalesce(sum(s.n) FILTER (WHERE ${counted} AND s.numerator_on <= ${to}::date), 0) AS k
    FROM statistic_days s
    WHERE s.region_code = ${q.regionCode} AND s.subject_type = ${q.subjectType}
      AND s.figure = ANY(${q.figures.map((f) => f.key)}::text[]) AND s.day <= ${to}::date AND ${q.units}
    GROUP BY s.figure ${unit}`;
}

export async function sumStatistics(tx: Transaction<Database>, q: SumQuery): Promise<Map<string, StatisticSums>> {
  const { rows } = await sumStatisticsSql(q).execute(tx);
  return new Map(rows.map((r) => [r.figure, { total: Number(r.n), counted: Number(r.k) }]));
}

/** The same sums per unit (a statistics export's row per unit): unit id → figure → sums; units counting nothing
 * in the period are left out. */
export async function sumStatisticsPerUnit(tx: Transaction<Database>, q: SumQuery) {
  const { rows } = await sumStatisticsSql(q, true).execute(tx);
  const units = new Map<string, Map<string, StatisticSums>>();
  for (const r of rows) {
    if (Number(r.n) === 0) continue;
    const unit = units.get(r.org_id) ?? new Map<string, StatisticSums>();
    unit.set(r.figure, { total: Number(r.n), counted: Number(r.k) });
    units.set(r.org_id, unit);
  }
  return units;
}
