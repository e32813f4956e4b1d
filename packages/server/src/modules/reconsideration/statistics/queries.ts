// 行政复议统计: the figures of a period and scope, and the records behind one figure. The scope goes through the
// chokepoint: the region and the office asked for must be reachable for reconsideration.read (else 404), and a case
// counts only where the actor may read it at its office.
import { consoleLink, reconsiderationMenu } from '@fazhi/core/modules';
import {
  reconsiderationStatisticDefinition,
  reconsiderationStatisticDefinitions,
  type ReconsiderationStatisticKey,
} from '@fazhi/core/reconsideration';
import { formatRate, ratePercent } from '@fazhi/core/statistics';
import type { ReconsiderationStatisticRecords, ReconsiderationStatistics } from '@fazhi/core/contracts';
import type { Actor } from '../../../platform/access/actor';
import { authorize, policyContext } from '../../../platform/access/policy';
import { scopeFilter } from '../../../platform/access/scope';
import { inReportingTransaction } from '../../../platform/db/reporting';
import type { Services } from '../../../platform/services';
import {
  bodySourceRecord,
  countSource,
  describeFigure,
  sourcePage,
  statisticsBodyScope,
} from '../../../platform/statistics';
import { reconsiderationRegisterPolicy } from '../policy';
import { figureSource, type SourceRow } from './sources';

const READ = 'reconsideration.read';

export interface ReconsiderationStatisticsQuery {
  from?: string | undefined;
  to?: string | undefined;
  regionCode?: string | undefined;
  officeId?: string | undefined;
}

export async function resolveReconsiderationStatistics(
  services: Services,
  actor: Actor,
  q: ReconsiderationStatisticsQuery,
) {
  authorize(policyContext(services.registry.grants, actor), reconsiderationRegisterPolicy, 'readStatistics', null);
  return statisticsBodyScope(services, actor, READ, q, { id: q.officeId, label: '统计的行政复议机构' });
}

const describe = (key: ReconsiderationStatisticKey) => describeFigure(key, reconsiderationStatisticDefinition(key));

/** A count shows its records; a rate its share with both counts, "—" when its denominator is empty. */
function figureValue(key: ReconsiderationStatisticKey, total: number, counted: number) {
  if (reconsiderationStatisticDefinition(key).unit !== '%') return { value: total, display: `${total}件` };
  const rate = ratePercent(counted, total);
  return {
    value: rate ?? 0,
    display: rate === null ? '—（期间无可计算的案件）' : `${formatRate(rate)}（${counted}/${total}）`,
  };
}

export async function reconsiderationStatistics(
  services: Services,
  actor: Actor,
  q: ReconsiderationStatisticsQuery,
): Promise<ReconsiderationStatistics> {
  const { period, scope, ctx } = await resolveReconsiderationStatistics(services, actor, q);
  const figures = await inReportingTransaction(services.db, async (tx) => {
    const out = [];
    for (const d of reconsiderationStatisticDefinitions) {
      const { total, counted } = await countSource(tx, figureSource(d.key, ctx));
      out.push({ ...describe(d.key), ...figureValue(d.key, total, counted), belowRequired: false });
    }
    return out;
  });
  const bodies = await services.db
    .selectFrom('orgs as o')
    .select(['o.id', 'o.name'])
    .where('o.region_code', '=', scope.regionCode)
    .where((eb) =>
      eb.exists(eb.selectFrom('reconsideration_cases as c').select('c.id').whereRef('c.office_org_id', '=', 'o.id')),
    )
    .where(scopeFilter(services.registry.grants, actor, READ, 'o.id'))
    .orderBy('o.path')
    .execute();
  return { period, scope: { ...scope, bodies }, figures };
}

export async function reconsiderationStatisticRecords(
  services: Services,
  actor: Actor,
  q: ReconsiderationStatisticsQuery & { figure: ReconsiderationStatisticKey; page: number; pageSize: number },
): Promise<ReconsiderationStatisticRecords> {
  const { period, scope, ctx } = await resolveReconsiderationStatistics(services, actor, q);
  const rate = reconsiderationStatisticDefinition(q.figure).unit === '%';
  const records = await sourcePage(services, figureSource(q.figure, ctx), q, (r: SourceRow) => {
    const record = bodySourceRecord(r, consoleLink(reconsiderationMenu, 'reconsideration-cases', r.record_id));
    // a rate's records are its denominator: say which are in its numerator
    return rate ? { ...record, note: `${r.in_numerator ? '【计入】' : '【不计入】'}${record.note}` } : record;
  });
  return { period, scope, figure: describe(q.figure), ...records };
}
