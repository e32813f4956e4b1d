// 行政应诉统计: the figures of a period and scope, and the records behind one figure. The scope goes through the
// chokepoint: the region and the agency asked for must be reachable for litigation.read (else 404), and a suit counts
// only where the actor may read it at its agency.
import {
  litigationStatisticDefinition,
  litigationStatisticDefinitions,
  type LitigationStatisticKey,
} from '@fazhi/core/litigation';
import { consoleLink, litigationMenu } from '@fazhi/core/modules';
import { formatRate, ratePercent } from '@fazhi/core/statistics';
import type { LitigationStatisticRecords, LitigationStatistics } from '@fazhi/core/contracts';
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
import { litigationRegisterPolicy } from '../policy';
import { figureSource, type SourceRow } from './sources';

const READ = 'litigation.read';

export interface LitigationStatisticsQuery {
  from?: string | undefined;
  to?: string | undefined;
  regionCode?: string | undefined;
  defendingBodyId?: string | undefined;
}

export async function resolveLitigationStatistics(services: Services, actor: Actor, q: LitigationStatisticsQuery) {
  authorize(policyContext(services.registry.grants, actor), litigationRegisterPolicy, 'readStatistics', null);
  return statisticsBodyScope(services, actor, READ, q, { id: q.defendingBodyId, label: '统计的行政机关' });
}

export const describeLitigationFigure = (key: LitigationStatisticKey) =>
  describeFigure(key, litigationStatisticDefinition(key));

/** A figure's value from its source's count: a count, or a rate with its numerator and denominator. */
export function litigationFigureValue(key: LitigationStatisticKey, total: number, counted: number) {
  const d = litigationStatisticDefinition(key);
  if (d.unit !== '%') return { value: total, display: `${total}件`, belowRequired: false };
  const value = ratePercent(counted, total);
  return {
    value,
    display: formatRate(value),
    numerator: counted,
    denominator: total,
    belowRequired: d.required !== undefined && value !== null && value < d.required,
  };
}

export async function litigationStatistics(
  services: Services,
  actor: Actor,
  q: LitigationStatisticsQuery,
): Promise<LitigationStatistics> {
  const { period, scope, ctx } = await resolveLitigationStatistics(services, actor, q);
  const figures = await inReportingTransaction(services.db, async (tx) => {
    const out = [];
    for (const d of litigationStatisticDefinitions) {
      const { total, counted } = await countSource(tx, figureSource(d.key, ctx));
      out.push({ ...describeLitigationFigure(d.key), ...litigationFigureValue(d.key, total, counted) });
    }
    return out;
  });
  const bodies = await services.db
    .selectFrom('orgs as o')
    .select(['o.id', 'o.name'])
    .where('o.region_code', '=', scope.regionCode)
    .where((eb) =>
      eb.or([
        eb.exists(eb.selectFrom('litigation_suits as s').select('s.id').whereRef('s.body_org_id', '=', 'o.id')),
        eb.exists(
          eb.selectFrom('litigation_recommendations as r').select('r.id').whereRef('r.body_org_id', '=', 'o.id'),
        ),
      ]),
    )
    .where(scopeFilter(services.registry.grants, actor, READ, 'o.id'))
    .orderBy('o.path')
    .execute();
  return { period, scope: { ...scope, bodies }, figures };
}

export async function litigationStatisticRecords(
  services: Services,
  actor: Actor,
  q: LitigationStatisticsQuery & { figure: LitigationStatisticKey; page: number; pageSize: number },
): Promise<LitigationStatisticRecords> {
  const { period, scope, ctx } = await resolveLitigationStatistics(services, actor, q);
  const rate = litigationStatisticDefinition(q.figure).unit === '%';
  const recommendation = q.figure.startsWith('recommendations');
  const records = await sourcePage(services, figureSource(q.figure, ctx), q, (r: SourceRow) => ({
    ...bodySourceRecord(
      r,
      recommendation
        ? consoleLink(litigationMenu, 'litigation-recommendations')
        : consoleLink(litigationMenu, 'litigation-suits', r.record_id),
    ),
    ...(rate ? { inNumerator: r.in_numerator } : {}),
  }));
  return { period, scope, figure: describeLitigationFigure(q.figure), ...records };
}
