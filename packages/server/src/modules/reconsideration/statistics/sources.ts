// The records behind each 行政复议 figure, one SQL SELECT per figure (core reconsideration/statistics.ts says what each
// counts), all yielding the same columns: a rate's records are its denominator, those `in_numerator` its numerator,
// and the records page reads the same source. An office handles tens to hundreds of cases a year: counted from the
// records on every read.
import { correctingDecisionTypes, type ReconsiderationStatisticKey } from '@fazhi/core/reconsideration';
import { sql, type RawBuilder } from 'kysely';
import type { BodySourceRow, StatisticSourceContext as SourceContext } from '../../../platform/statistics';
import { CASE_SUBJECT } from '../catalogue';

export type SourceRow = BodySourceRow;

const concludedOn = sql`coalesce(c.decided_on, c.mediated_on, c.ended_on)`;
const concluded = sql`c.status IN ('decided', 'terminated', 'mediated')`;
const correcting = sql.join(correctingDecisionTypes.map((t) => sql`${t}`));
/** the decision's period as it stood when the case ended (extended or lengthened by a suspension, 第三十九条、第六十二条) */
const decisionDue = sql`(SELECT left(d.due_on, 10) FROM deadlines d
  WHERE d.region_code = c.region_code AND d.subject_type = ${CASE_SUBJECT} AND d.subject_id = c.id::text
    AND d.kind = 'decision')`;

const shape: Record<
  ReconsiderationStatisticKey,
  { day: RawBuilder<unknown>; where: RawBuilder<unknown>; numerator: RawBuilder<unknown> }
> = {
  received: { day: sql`c.received_on`, where: sql`true`, numerator: sql`true` },
  acceptance_rate: {
    day: sql`coalesce(c.accepted_on, c.refused_on)`,
    where: sql`(c.accepted_on IS NOT NULL OR c.refused_on IS NOT NULL)`,
    numerator: sql`c.accepted_on IS NOT NULL`,
  },
  concluded: { day: concludedOn, where: concluded, numerator: sql`true` },
  correction_rate: {
    day: concludedOn,
    where: concluded,
    // core correctionKind: direct by the decision's type, indirect by mediation (第七十三条) or the withdrawal after a
    // settlement (第七十四条)
    numerator: sql`(c.status = 'decided' AND c.decision_type IN (${correcting})) OR c.status = 'mediated'
      OR (c.status = 'terminated' AND c.settled_on IS NOT NULL)`,
  },
  on_time_rate: {
    day: concludedOn,
    where: concluded,
    numerator: sql`${concludedOn}::text <= ${decisionDue}`,
  },
  publication_rate: {
    day: sql`c.decided_on`,
    where: sql`c.status = 'decided'`,
    numerator: sql`c.published_on IS NOT NULL`,
  },
};

export function figureSource(key: ReconsiderationStatisticKey, ctx: SourceContext): RawBuilder<unknown> {
  const { day, where, numerator } = shape[key];
  return sql`SELECT c.id::text AS record_id,
      c.tracking_number || ' ' || c.respondent_name || '：' || left(c.contested_act, 60) AS title,
      o.name AS body_name, ${day}::text AS counted_on, coalesce(${numerator}, false) AS in_numerator,
      CASE c.status WHEN 'decided' THEN '已作出决定' WHEN 'mediated' THEN '调解结案' WHEN 'terminated' THEN CASE WHEN c.settled_on IS NOT NULL THEN '和解后撤回、终止审理' ELSE '终止审理' END
        WHEN 'not_accepted' THEN '不予受理' WHEN 'accepted' THEN '审理中' WHEN 'suspended' THEN '中止审理'
        WHEN 'withdrawn' THEN '视为放弃申请' ELSE '受理审查中' END
        || coalesce('，被申请人：' || c.respondent_name, '') AS note
    FROM reconsideration_cases c
    JOIN orgs o ON o.id = c.office_org_id
    WHERE c.region_code = ${ctx.regionCode} AND ${where}
      AND ${day} BETWEEN ${ctx.period.from}::date AND ${ctx.period.to}::date
      AND ${ctx.units('c.office_org_id')}`;
}
