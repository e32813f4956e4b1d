// The records behind each decision statistic, one SQL SELECT per figure (core major-decisions/statistics.ts says
// what each counts), all yielding the same columns: the figure is the count of its source's rows in the period and
// the records page reads the same source, so a figure and its records are one definition. Nearly every figure counts
// acts of the decision's history (decision_record_acts: who, when, the status left), whichever command recorded
// them. A county decides tens of matters a year, so the figures are counted from the records on every read: no
// pre-aggregated counts (platform/db/statistic-counts.ts is for registers of 100,000 documents).
import { actsOfStep, decidedWithStep, decisionStepActs, type DecisionStatisticKey } from '@fazhi/core/major-decisions';
import { reviewResultLabels } from '@fazhi/core/participation';
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { DECISION_SUBJECT } from '../../records/workflow';

export interface SourceContext {
  regionCode: string;
  period: { from: string; to: string };
  /** the scope chokepoint and the body and 承办单位 asked for, on the columns holding a record's two units */
  units: (bodyColumn: string, sponsorColumn: string) => RawBuilder<SqlBool>;
}

/** The columns every source yields. */
export interface SourceRow {
  record_id: string;
  decision_id: string | null;
  catalogue_id: string | null;
  title: string;
  body_name: string;
  sponsor_name: string;
  counted_on: string;
  in_numerator: boolean;
  note: string;
}

const lawful = sql`('passed', 'passed_with_changes')`;

/** Acts of the decisions in scope, recorded in the period. */
function acts(c: SourceContext, names: readonly string[], where: RawBuilder<unknown> = sql`true`) {
  return sql`FROM decision_record_acts a
    JOIN decision_records d ON d.region_code = a.region_code AND d.id = a.decision_id
    JOIN orgs b ON b.id = d.body_org_id JOIN orgs s ON s.id = d.sponsor_org_id
    WHERE a.region_code = ${c.regionCode} AND a.act = ANY(${[...names]}::text[])
      AND a.acted_on BETWEEN ${c.period.from}::date AND ${c.period.to}::date
      AND ${c.units('d.body_org_id', 'd.sponsor_org_id')} AND ${where}`;
}

const actColumns = (inNumerator: RawBuilder<unknown>, note: RawBuilder<unknown>) =>
  sql`a.id::text AS record_id, d.id::text AS decision_id, NULL::text AS catalogue_id, d.title, b.name AS body_name,
    s.name AS sponsor_name, a.acted_on::text AS counted_on, ${inNumerator} AS in_numerator, ${note} AS note`;

/** One record per act of the names given. */
const actSource = (c: SourceContext, names: readonly string[], where?: RawBuilder<unknown>, note = sql`a.summary`) =>
  sql`SELECT ${actColumns(sql`true`, note)} ${acts(c, names, where)}`;

/** The step's acts on the decision recorded up to the act `a` (its meeting). */
const stepActsBefore = (names: readonly string[]) =>
  sql`(SELECT x.summary, x.acted_on FROM decision_record_acts x WHERE x.region_code = a.region_code AND x.decision_id = a.decision_id
    AND x.act = ANY(${[...names]}::text[]) AND x.acted_on <= a.acted_on)`;

/** The items of each catalogue of a year in the period, in the version last published by the period end. */
function catalogueItems(c: SourceContext) {
  return sql`SELECT i.id::text AS record_id, NULL::text AS decision_id, c.id::text AS catalogue_id, i.title,
      b.name AS body_name, s.name AS sponsor_name, c.published_on::text AS counted_on, true AS in_numerator,
      c.year || '年决策事项目录（第' || c.version_no || '版）' AS note
    FROM decision_catalogues c
      JOIN decision_catalogue_items i ON i.region_code = c.region_code AND i.catalogue_id = c.id
      JOIN orgs b ON b.id = c.body_org_id JOIN orgs s ON s.id = i.sponsor_org_id
    WHERE c.region_code = ${c.regionCode}
      AND c.year BETWEEN ${Number(c.period.from.slice(0, 4))} AND ${Number(c.period.to.slice(0, 4))}
      AND c.version_no = (SELECT max(v.version_no) FROM decision_catalogues v WHERE v.region_code = c.region_code
        AND v.body_org_id = c.body_org_id AND v.year = c.year AND v.published_on <= ${c.period.to}::date)
      AND ${c.units('c.body_org_id', 'i.sponsor_org_id')}`;
}

const decided = sql`a.status_after = 'decided'`;

/** The SELECT listing the records of one figure in the period and scope. */
export function figureSource(key: DecisionStatisticKey, c: SourceContext): RawBuilder<unknown> {
  if (key in decidedWithStep) {
    const step = decisionStepActs[decidedWithStep[key as keyof typeof decidedWithStep]];
    return sql`SELECT ${actColumns(
      sql`true`,
      sql`(SELECT string_agg(x.summary, '；' ORDER BY x.acted_on) FROM ${stepActsBefore(step)} x)`,
    )} ${acts(c, ['discussed'], sql`${decided} AND EXISTS ${stepActsBefore(step)}`)}`;
  }
  if (key in actsOfStep) return actSource(c, decisionStepActs[actsOfStep[key as keyof typeof actsOfStep]]);
  switch (key) {
    case 'catalogue_items':
      return catalogueItems(c);
    case 'started':
      return actSource(c, ['start_decided']);
    case 'started_in_catalogue':
      return actSource(c, ['start_decided'], sql`d.catalogue_item_id IS NOT NULL`);
    case 'started_outside_catalogue':
      return actSource(
        c,
        ['start_decided'],
        sql`d.catalogue_item_id IS NULL`,
        sql`'目录外事项：' || d.outside_catalogue_reason`,
      );
    case 'decided':
      return actSource(c, ['discussed'], decided);
    case 'legality_review_rate': {
      // the last review concluded by the meeting's day: a lawful opinion puts the meeting in the numerator
      const review = sql`(SELECT r.result, r.concluded_on FROM legality_reviews r WHERE r.region_code = a.region_code
        AND r.subject_type = ${DECISION_SUBJECT} AND r.subject_id = a.decision_id
        AND r.concluded_on <= a.acted_on ORDER BY r.round DESC LIMIT 1)`;
      return sql`SELECT ${actColumns(
        sql`coalesce((SELECT v.result IN ${lawful} FROM ${review} v), false)`,
        sql`coalesce((SELECT CASE v.result WHEN 'passed' THEN ${sql.lit(reviewResultLabels.passed)}
            WHEN 'passed_with_changes' THEN ${sql.lit(reviewResultLabels.passed_with_changes)}
            ELSE ${sql.lit(reviewResultLabels.failed)} END || '（审查意见 ' || v.concluded_on || '）' FROM ${review} v),
          '讨论前未经合法性审查')`,
      )} ${acts(c, ['discussed'])}`;
    }
    case 'published':
      return actSource(c, ['published']);
    case 'filed':
      return actSource(c, ['filed']);
    case 'filed_on_time_rate': {
      const due = sql`(SELECT dl.due_on FROM deadlines dl WHERE dl.region_code = a.region_code
        AND dl.subject_type = ${DECISION_SUBJECT} AND dl.subject_id = a.decision_id::text AND dl.kind = 'filing'
        ORDER BY dl.due_on DESC LIMIT 1)`;
      return sql`SELECT ${actColumns(
        sql`coalesce(a.acted_on <= left(${due}, 10)::date, false)`,
        sql`coalesce('备案期限届满日 ' || left(${due}, 10), '未登记备案期限')`,
      )} ${acts(c, ['filed'])}`;
    }
  }
  throw new Error(`no source for the figure ${key}`);
}
