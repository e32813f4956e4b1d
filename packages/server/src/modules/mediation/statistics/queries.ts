// 矛盾纠纷调解统计: the figures of a period and scope, and the records behind one figure. The scope goes through the
// chokepoint: the region and the unit asked for must be reachable for mediation.read (else 404), and a dispute counts
// only where the actor may read it at its unit.
import { consoleLink, mediationMenu } from '@fazhi/core/modules';
import {
  mediationStatisticDefinition,
  mediationStatisticDefinitions,
  type MediationStatisticKey,
} from '@fazhi/core/mediation';
import { formatRate, ratePercent } from '@fazhi/core/statistics';
import type { MediationStatisticRecords, MediationStatistics } from '@fazhi/core/contracts';
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
import { mediationRegisterPolicy } from '../policy';
import { figureSource, type SourceRow } from './sources';

const READ = 'mediation.read';

export interface MediationStatisticsQuery {
  from?: string | undefined;
  to?: string | undefined;
  regionCode?: string | undefined;
  mediatingUnitId?: string | undefined;
}

export async function resolveMediationStatistics(services: Services, actor: Actor, q: MediationStatisticsQuery) {
  authorize(policyContext(services.registry.grants, actor), mediationRegisterPolicy, 'readStatistics', null);
  return statisticsBodyScope(services, actor, READ, q, { id: q.mediatingUnitId, label: '统计的单位' });
}

const describe = (key: MediationStatisticKey) => describeFigure(key, mediationStatisticDefinition(key));

/** A count shows its records; a rate its share, "—" when nothing was concluded (a rate of nothing is no rate). */
function figureValue(key: MediationStatisticKey, total: number, counted: number) {
  if (mediationStatisticDefinition(key).unit !== '%') return { value: total, display: `${total}件` };
  const rate = ratePercent(counted, total);
  return {
    value: rate ?? 0,
    display: rate === null ? '—（期间无调处终结的纠纷）' : `${formatRate(rate)}（${counted}/${total}）`,
  };
}

export async function mediationStatistics(
  services: Services,
  actor: Actor,
  q: MediationStatisticsQuery,
): Promise<MediationStatistics> {
  const { period, scope, ctx } = await resolveMediationStatistics(services, actor, q);
  const figures = await inReportingTransaction(services.db, async (tx) => {
    const out = [];
    for (const d of mediationStatisticDefinitions) {
      const { total, counted } = await countSource(tx, figureSource(d.key, ctx));
      out.push({ ...describe(d.key), ...figureValue(d.key, total, counted), belowRequired: false });
    }
    return out;
  });
  const bodies = await services.db
    .selectFrom('orgs as o')
    .select(['o.id', 'o.name'])
    .where('o.region_code', '=', scope.regionCode)
    .where((eb) => eb.exists(eb.selectFrom('mediation_disputes as d').select('d.id').whereRef('d.org_id', '=', 'o.id')))
    .where(scopeFilter(services.registry.grants, actor, READ, 'o.id'))
    .orderBy('o.path')
    .execute();
  return { period, scope: { ...scope, bodies }, figures };
}

export async function mediationStatisticRecords(
  services: Services,
  actor: Actor,
  q: MediationStatisticsQuery & { figure: MediationStatisticKey; page: number; pageSize: number },
): Promise<MediationStatisticRecords> {
  const { period, scope, ctx } = await resolveMediationStatistics(services, actor, q);
  const records = await sourcePage(services, figureSource(q.figure, ctx), q, (r: SourceRow) =>
    bodySourceRecord(r, consoleLink(mediationMenu, 'mediation-disputes', r.record_id)),
  );
  return { period, scope, figure: describe(q.figure), ...records };
}
