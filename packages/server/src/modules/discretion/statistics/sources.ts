// The records behind each 裁量基准统计 figure, one SQL SELECT per figure (core discretion/statistics.ts says what each
// counts), all yielding the same columns: a figure is the count of its source's rows, its records page and the
// per-body rows read the same source, so a figure, its records and a body's count are one definition. A body keeps
// tens to hundreds of benchmarks: counted from the versions on every read.
import type { DiscretionStatisticKey } from '@fazhi/core/discretion';
import { sql, type RawBuilder } from 'kysely';
import type { BodySourceRow, StatisticSourceContext as SourceContext } from '../../../platform/statistics';
import { itemsInForceSql } from '../../power-lists/queries/item-by-code';

/** the records' columns, and the benchmark a circumstance's record opens */
export interface SourceRow extends BodySourceRow {
  /** null for a penalty item without a benchmark (its record opens the form that drafts one) */
  benchmark_id: string | null;
  body_org_id: string;
}

const versions = (c: SourceContext) =>
  sql`discretion_benchmarks b JOIN orgs o ON o.id = b.implementing_org_id
    WHERE b.region_code = ${c.regionCode} AND ${c.units('b.implementing_org_id')}`;

/** Per body and item, the version in force on the period's last day (core versionInForce, in SQL: the latest
 * effective day, then the highest version). */
const inForce = (c: SourceContext) =>
  sql`SELECT DISTINCT ON (b.implementing_org_id, b.item_code) b.*, o.name AS body_name FROM ${versions(c)}
      AND b.status = 'published' AND b.effective_on <= ${c.period.to}::date
    ORDER BY b.implementing_org_id, b.item_code, b.effective_on DESC, b.version_no DESC`;

const titled = sql`b.item_name || '（' || b.item_code || '）'`;

function versionSource(
  c: SourceContext,
  where: RawBuilder<unknown>,
  day: RawBuilder<unknown>,
  note: RawBuilder<unknown>,
) {
  return sql`SELECT b.id::text AS record_id, b.id::text AS benchmark_id, ${titled} AS title,
      b.implementing_org_id::text AS body_org_id, o.name AS body_name, ${day}::text AS counted_on,
      true AS in_numerator, ${note} AS note
    FROM ${versions(c)} AND ${where}`;
}

const inPeriod = (c: SourceContext) =>
  sql`b.status = 'published' AND b.published_on BETWEEN ${c.period.from}::date AND ${c.period.to}::date`;
const versionNote = sql`'第' || b.version_no || '版，施行日期' || to_char(b.effective_on, 'YYYY-MM-DD')`;

export function figureSource(key: DiscretionStatisticKey, c: SourceContext): RawBuilder<unknown> {
  if (key === 'in_force')
    return sql`SELECT b.id::text AS record_id, b.id::text AS benchmark_id, ${titled} AS title,
        b.implementing_org_id::text AS body_org_id, b.body_name, b.effective_on::text AS counted_on,
        true AS in_numerator, '现行第' || b.version_no || '版' AS note
      FROM (${inForce(c)}) b`;
  if (key === 'published') return versionSource(c, inPeriod(c), sql`b.published_on`, versionNote);
  if (key === 'revised')
    return versionSource(
      c,
      sql`${inPeriod(c)} AND b.version_no > 1`,
      sql`b.published_on`,
      sql`${versionNote} || '；修订理由：' || coalesce(b.reason, '')`,
    );
  if (key === 'uncovered')
    // the powers list's penalty items in force on the last day whose body has no benchmark in force for the code
    return sql`SELECT i.id::text AS record_id, NULL::text AS benchmark_id, i.name || '（' || i.code || '）' AS title,
        i.body_org_id::text AS body_org_id, o.name AS body_name, ${c.period.to}::text AS counted_on,
        true AS in_numerator, '权责清单现行版本中的行政处罚事项，尚无现行有效的裁量基准' AS note
      FROM (${itemsInForceSql({ regionCode: c.regionCode, listKind: 'powers', on: c.period.to, itemKind: 'penalty' })}) i
      JOIN orgs o ON o.id = i.body_org_id
      WHERE ${c.units('i.body_org_id')} AND NOT EXISTS (SELECT 1 FROM (${inForce(c)}) b
        WHERE b.item_code = i.code AND b.implementing_org_id = i.body_org_id)`;
  if (key === 'drafts')
    return versionSource(
      c,
      sql`b.status = 'draft'`,
      sql`(b.created_at AT TIME ZONE 'Asia/Shanghai')::date`,
      sql`'第' || b.version_no || '版草稿'`,
    );
  // a circumstance of a kind in the version in force: one record per circumstance, named by its place in the version
  const kind = key.slice('circumstances_'.length);
  return sql`SELECT b.id::text || '#' || lpad(c.n::text, 2, '0') AS record_id, b.id::text AS benchmark_id,
      ${titled} AS title, b.implementing_org_id::text AS body_org_id, b.body_name,
      b.effective_on::text AS counted_on, true AS in_numerator, c.value->>'description' AS note
    FROM (${inForce(c)}) b CROSS JOIN LATERAL jsonb_array_elements(b.circumstances) WITH ORDINALITY AS c(value, n)
    WHERE c.value->>'kind' = ${kind}`;
}
