// The records behind each 法律顾问与合法性审查 figure, one SQL SELECT per figure (core legal-advisers/statistics.ts says
// what each counts), all yielding the same columns plus the record the row opens: a figure is the count of its
// source's rows in the period, and its records page reads the same source. The records are the region's and its
// townships' (a township is a region of its own), within the actor's scope (`units`).
import type { LegalAdviserStatisticKey } from '@fazhi/core/legal-advisers';
import { sql, type RawBuilder } from 'kysely';
import type { BodySourceRow, StatisticSourceContext as SourceContext } from '../../../platform/statistics';
import { matterSubjectOf } from '../catalogue';

/** the record a row opens: an adviser (the registry page) or a matter */
export type SourceRow = BodySourceRow & { opens: 'adviser' | 'matter'; matter_id: string | null };

const inRegion = (column: string, c: SourceContext) =>
  sql`${sql.ref(column)} IN (SELECT code FROM regions WHERE path LIKE (SELECT path FROM regions WHERE code = ${c.regionCode}) || '%')`;

function advisers(c: SourceContext, where: RawBuilder<unknown>): RawBuilder<unknown> {
  const start = sql`greatest(coalesce(a.contract_from, a.created_at::date), ${c.period.from}::date)`;
  return sql`SELECT * FROM (SELECT a.id::text AS record_id,
      a.name || '（' || CASE a.kind WHEN 'legal_adviser' THEN '法律顾问' ELSE '公职律师' END || '）' AS title,
      o.name || coalesce('·' || a.community_name, '') AS body_name, ${start}::text AS counted_on, true AS in_numerator,
      coalesce(a.firm, '') || coalesce('，聘期至' || a.contract_until::text, '') AS note,
      'adviser' AS opens, NULL::uuid AS matter_id
    FROM legal_advisers a JOIN orgs o ON o.id = a.unit_id
    WHERE ${inRegion('a.region_code', c)} AND ${c.units('a.unit_id')}
      AND coalesce(a.contract_from, a.created_at::date) <= ${c.period.to}::date
      AND (a.contract_until IS NULL OR a.contract_until >= ${c.period.from}::date)
      AND ${where}) s`;
}

function engagements(c: SourceContext, where: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`SELECT e.id::text AS record_id, e.matter AS title, o.name || '·' || a.name AS body_name,
      e.engaged_on::text AS counted_on, true AS in_numerator, left(e.opinion, 200) AS note,
      'adviser' AS opens, NULL::uuid AS matter_id
    FROM legal_adviser_engagements e
    JOIN legal_advisers a ON a.region_code = e.region_code AND a.id = e.adviser_id
    JOIN orgs o ON o.id = a.unit_id
    WHERE ${inRegion('e.region_code', c)} AND ${c.units('a.unit_id')}
      AND e.engaged_on BETWEEN ${c.period.from}::date AND ${c.period.to}::date AND ${where}`;
}

const subjects = Object.values(matterSubjectOf);

function reviews(c: SourceContext, where: RawBuilder<unknown>, opinions = false): RawBuilder<unknown> {
  // an individual opinion is a row of its own, so the figure of opinions counts them and opens each review
  const each = opinions
    ? sql`CROSS JOIN generate_series(1, coalesce(r.opinion_count, 0)) AS n`
    : sql`CROSS JOIN (SELECT 1 AS n) AS n`;
  return sql`SELECT r.id::text || CASE WHEN ${opinions} THEN '-' || lpad(n::text, 4, '0') ELSE '' END AS record_id,
      m.title || CASE WHEN ${opinions} THEN '（第' || n || '条）' ELSE '' END AS title, o.name AS body_name,
      r.concluded_on::text AS counted_on, true AS in_numerator,
      CASE r.result WHEN 'passed' THEN '审核通过' WHEN 'passed_with_changes' THEN '修改后通过' ELSE '审核不通过' END
        || CASE WHEN r.late THEN '，超过审查期限' ELSE '' END AS note,
      'matter' AS opens, m.id AS matter_id
    FROM legality_reviews r
    JOIN legal_review_matters m ON m.region_code = r.region_code AND m.id = r.subject_id
    JOIN orgs o ON o.id = m.unit_id
    ${each}
    WHERE r.subject_type IN (${sql.join(subjects)}) AND r.subject_type = m.kind || '_review' AND r.result IS NOT NULL
      AND ${inRegion('r.region_code', c)} AND ${c.units('m.unit_id')}
      AND r.concluded_on BETWEEN ${c.period.from}::date AND ${c.period.to}::date AND ${where}`;
}

export function figureSource(key: LegalAdviserStatisticKey, c: SourceContext): RawBuilder<unknown> {
  if (key.startsWith('advisers_')) {
    const rest = key.slice('advisers_'.length);
    if (rest === 'external') return advisers(c, sql`a.kind = 'legal_adviser'`);
    if (rest === 'public_lawyer') return advisers(c, sql`a.kind = 'public_lawyer'`);
    return advisers(c, sql`a.level = ${rest}`);
  }
  if (key === 'engagements') return engagements(c, sql`true`);
  if (key.startsWith('engagements_')) return engagements(c, sql`e.kind = ${key.slice('engagements_'.length)}`);
  switch (key) {
    case 'reviews_contract':
    case 'reviews_meeting_topic':
    case 'reviews_document':
      return reviews(c, sql`m.kind = ${key.slice('reviews_'.length)}`);
    case 'reviews_passed':
    case 'reviews_passed_with_changes':
    case 'reviews_failed':
      return reviews(c, sql`r.result = ${key.slice('reviews_'.length)}`);
    case 'review_opinions':
      return reviews(c, sql`true`, true);
    case 'reviews_within_period':
      return reviews(c, sql`r.late IS NOT TRUE`);
  }
  throw new Error(`unknown figure ${key}`);
}
