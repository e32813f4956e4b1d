// The records behind each 告知承诺制 figure, one SQL SELECT per figure (core commitments says what each counts), all
// yielding the same columns: a figure is the count of its source's rows in the period, and its records page reads the
// same source, so a figure and its records are one definition. A county handles hundreds of matters a year: counted
// from the records on every read.
import type { CommitmentStatisticKey } from '@fazhi/core/commitments';
import { sql, type RawBuilder } from 'kysely';
import type { BodySourceRow, StatisticSourceContext as SourceContext } from '../../../platform/statistics';

export type SourceRow = BodySourceRow;

const dateOf: Record<CommitmentStatisticKey, string> = {
  handled: 'm.handled_on',
  checked: 'm.checked_on',
  found_false: 'm.checked_on',
};

export function figureSource(key: CommitmentStatisticKey, c: SourceContext): RawBuilder<unknown> {
  const day = sql.ref(dateOf[key]);
  const extra = key === 'found_false' ? sql`AND m.check_result = 'false'` : sql``;
  return sql`SELECT m.id::text AS record_id, i.item_name || '（申请人：' || m.applicant_name || '）' AS title,
      o.name AS body_name, ${day}::text AS counted_on, true AS in_numerator,
      CASE WHEN m.check_result = 'false' THEN '承诺不实：' || coalesce(m.check_note, '')
           WHEN m.check_result = 'kept' THEN '承诺属实' ELSE '未核查' END AS note
    FROM commitment_matters m
    JOIN commitment_items i ON i.region_code = m.region_code AND i.id = m.item_id
    JOIN orgs o ON o.id = m.body_org_id
    WHERE m.region_code = ${c.regionCode} AND ${day} BETWEEN ${c.period.from}::date AND ${c.period.to}::date
      AND ${c.units('m.body_org_id')} ${extra}`;
}
