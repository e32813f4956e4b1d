// The records behind each 行政应诉 figure, one SQL SELECT per figure (core litigation/statistics.ts says what each
// counts), all yielding the same columns: a figure is the count of its source's rows in the period (a rate's
// numerator those marked), and its records page reads the same source. A region has tens of suits a year: counted
// from the records on every read.
import { lostOutcomes, suitOutcomeLabels, type LitigationStatisticKey } from '@fazhi/core/litigation';
import { sql, type RawBuilder } from 'kysely';
import type { BodySourceRow, StatisticSourceContext as SourceContext } from '../../../platform/statistics';

export type SourceRow = BodySourceRow;

const outcomeLabel = sql`CASE s.outcome ${sql.join(
  Object.entries(suitOutcomeLabels).map(([k, label]) => sql`WHEN ${k} THEN ${label}`),
  sql` `,
)} ELSE '' END`;
const lost = sql`s.outcome = ANY(${lostOutcomes}::text[])`;
const suitTitle = sql`s.suit_number || '（' || s.suit_cause || '）'`;

function suits(
  c: SourceContext,
  day: RawBuilder<unknown>,
  where: RawBuilder<unknown>,
  numerator: RawBuilder<unknown>,
  note: RawBuilder<unknown>,
) {
  return sql`SELECT s.id::text AS record_id, ${suitTitle} AS title, o.name AS body_name,
      ${day}::text AS counted_on, ${numerator} AS in_numerator, ${note} AS note
    FROM litigation_suits s JOIN orgs o ON o.id = s.body_org_id
    WHERE s.region_code = ${c.regionCode} AND ${day} BETWEEN ${c.period.from}::date AND ${c.period.to}::date
      AND ${c.units('s.body_org_id')} AND ${where}`;
}

/** The suits heard in the period (a hearing with its appearance recorded), the first such hearing's day counting. */
function heard(c: SourceContext) {
  return sql`SELECT s.id::text AS record_id, ${suitTitle} AS title, o.name AS body_name,
      h.first_on::text AS counted_on, h.head AS in_numerator,
      CASE WHEN h.head THEN '负责人出庭应诉' ELSE '负责人未出庭' END AS note
    FROM litigation_suits s JOIN orgs o ON o.id = s.body_org_id
    JOIN LATERAL (SELECT min(x.hearing_on) AS first_on, bool_or(x.appearance = 'head') AS head
      FROM litigation_hearings x
      WHERE x.region_code = s.region_code AND x.suit_id = s.id AND x.appearance IS NOT NULL
        AND x.hearing_on BETWEEN ${c.period.from}::date AND ${c.period.to}::date) h ON h.first_on IS NOT NULL
    WHERE s.region_code = ${c.regionCode} AND ${c.units('s.body_org_id')}`;
}

function recommendations(c: SourceContext, column: 'received_on' | 'replied_on') {
  const day = sql.ref(`r.${column}`);
  return sql`SELECT r.id::text AS record_id,
      CASE r.source WHEN 'court' THEN '司法建议' ELSE '检察建议' END || '（' || r.recommendation_number || '）' AS title,
      o.name AS body_name, ${day}::text AS counted_on, false AS in_numerator,
      r.issuer || CASE WHEN r.reply_late THEN '；逾期回复' WHEN r.replied_on IS NULL THEN '；尚未回复' ELSE '' END AS note
    FROM litigation_recommendations r JOIN orgs o ON o.id = r.body_org_id
    WHERE r.region_code = ${c.regionCode} AND ${day} BETWEEN ${c.period.from}::date AND ${c.period.to}::date
      AND ${c.units('r.body_org_id')}`;
}

export function figureSource(key: LitigationStatisticKey, c: SourceContext): RawBuilder<unknown> {
  switch (key) {
    case 'filed':
      return suits(
        c,
        sql`s.filed_on`,
        sql`true`,
        sql`false`,
        sql`s.court_name || ' ' || CASE s.instance WHEN 'first' THEN '一审' WHEN 'second' THEN '二审' ELSE '再审' END`,
      );
    case 'concluded':
      return suits(c, sql`s.outcome_on`, sql`s.outcome IS NOT NULL`, sql`false`, outcomeLabel);
    case 'lost':
      return suits(c, sql`s.outcome_on`, lost, sql`false`, outcomeLabel);
    case 'lost_rate':
      return suits(c, sql`s.outcome_on`, sql`s.outcome IS NOT NULL`, lost, outcomeLabel);
    case 'heard':
    case 'appearance_rate':
      return heard(c);
    case 'recommendations_received':
      return recommendations(c, 'received_on');
    case 'recommendations_answered':
      return recommendations(c, 'replied_on');
  }
}
