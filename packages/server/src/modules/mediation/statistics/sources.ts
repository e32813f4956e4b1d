// The records behind each mediation figure, one SQL SELECT per figure (core mediation says what each counts), all
// yielding the same columns: a figure is the count of its source's rows in the period (a rate: the share of them in
// its numerator), and its records page reads the same source. A county mediates about a thousand disputes a year
// (seed 004): counted from the records on every read.
import type { MediationStatisticKey } from '@fazhi/core/mediation';
import { sql, type RawBuilder } from 'kysely';
import type { BodySourceRow, StatisticSourceContext as SourceContext } from '../../../platform/statistics';

export type SourceRow = BodySourceRow;

const concludedOn = sql`coalesce(d.effective_on, d.ended_on)`;

const shape: Record<MediationStatisticKey, { day: RawBuilder<unknown>; where: RawBuilder<unknown> }> = {
  registered: { day: sql`d.registered_on`, where: sql`true` },
  concluded: { day: concludedOn, where: sql`d.status IN ('agreed', 'failed')` },
  agreed: { day: sql`d.effective_on`, where: sql`d.status = 'agreed'` },
  success_rate: { day: concludedOn, where: sql`d.status IN ('agreed', 'failed')` },
  major: { day: sql`d.registered_on`, where: sql`d.major` },
  judicially_confirmed: { day: sql`d.confirmation_decided_on`, where: sql`d.confirmation_result = 'valid'` },
};

export function figureSource(key: MediationStatisticKey, c: SourceContext): RawBuilder<unknown> {
  const { day, where } = shape[key];
  return sql`SELECT d.id::text AS record_id,
      '（' || d.year || '）第' || d.seq || '号 ' || d.dispute_type || coalesce('（' || m.name || '）', '') AS title,
      o.name AS body_name, ${day}::text AS counted_on, d.status = 'agreed' AS in_numerator,
      CASE d.status WHEN 'agreed' THEN '调解成功' || coalesce('，协议金额' || d.amount_yuan::text || '元', '')
        WHEN 'failed' THEN '调解不成' WHEN 'refused' THEN '当事人拒绝调解' ELSE '调解中' END AS note
    FROM mediation_disputes d
    JOIN orgs o ON o.id = d.org_id
    LEFT JOIN mediation_committees m ON m.region_code = d.region_code AND m.id = d.committee_id
    WHERE d.region_code = ${c.regionCode} AND ${where}
      AND ${day} BETWEEN ${c.period.from}::date AND ${c.period.to}::date
      AND ${c.units('d.org_id')}`;
}
