// 法律顾问与合法性审查统计: the figures of a period and scope, and the records behind one figure. The scope goes
// through the chokepoint: the region and the unit asked for must be reachable for legal-advisers.read (else 404), and
// a record counts only where the actor may read it at its unit.
import { consoleLink, legalAdvisersMenu } from '@fazhi/core/modules';
import {
  legalAdviserStatisticDefinition,
  legalAdviserStatisticDefinitions,
  type LegalAdviserStatisticKey,
} from '@fazhi/core/legal-advisers';
import type { LegalAdviserStatisticRecords, LegalAdviserStatistics } from '@fazhi/core/contracts';
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
import { legalAdviserRegisterPolicy } from '../policy';
import { figureSource, type SourceRow } from './sources';

const READ = 'legal-advisers.read';

export interface LegalAdviserStatisticsQuery {
  from?: string | undefined;
  to?: string | undefined;
  regionCode?: string | undefined;
  statisticsUnitId?: string | undefined;
}

export async function resolveLegalAdviserStatistics(services: Services, actor: Actor, q: LegalAdviserStatisticsQuery) {
  authorize(policyContext(services.registry.grants, actor), legalAdviserRegisterPolicy, 'readStatistics', null);
  return statisticsBodyScope(services, actor, READ, q, { id: q.statisticsUnitId, label: '统计的单位' });
}

const describe = (key: LegalAdviserStatisticKey) => describeFigure(key, legalAdviserStatisticDefinition(key));

export async function legalAdviserStatistics(
  services: Services,
  actor: Actor,
  q: LegalAdviserStatisticsQuery,
): Promise<LegalAdviserStatistics> {
  const { period, scope, ctx } = await resolveLegalAdviserStatistics(services, actor, q);
  const figures = await inReportingTransaction(services.db, async (tx) => {
    const out = [];
    for (const d of legalAdviserStatisticDefinitions) {
      const { total } = await countSource(tx, figureSource(d.key, ctx));
      const word = d.key.startsWith('advisers_') ? '人' : d.key === 'review_opinions' ? '条' : '件';
      out.push({ ...describe(d.key), value: total, display: `${total}${word}`, belowRequired: false });
    }
    return out;
  });
  const units = await services.db
    .selectFrom('orgs as o')
    .select(['o.id', 'o.name'])
    .where('o.region_code', '=', scope.regionCode)
    .where('o.kind', '!=', 'internal_office')
    .where(scopeFilter(services.registry.grants, actor, READ, 'o.id'))
    .orderBy('o.path')
    .limit(500)
    .execute();
  return { period, scope: { ...scope, bodies: units }, figures };
}

export async function legalAdviserStatisticRecords(
  services: Services,
  actor: Actor,
  q: LegalAdviserStatisticsQuery & { figure: LegalAdviserStatisticKey; page: number; pageSize: number },
): Promise<LegalAdviserStatisticRecords> {
  const { period, scope, ctx } = await resolveLegalAdviserStatistics(services, actor, q);
  const records = await sourcePage(services, figureSource(q.figure, ctx), q, (r: SourceRow) =>
    bodySourceRecord(
      r,
      r.opens === 'matter' && r.matter_id
        ? consoleLink(legalAdvisersMenu, 'legal-review-matters', r.matter_id)
        : consoleLink(legalAdvisersMenu, 'legal-advisers'),
    ),
  );
  return { period, scope, figure: describe(q.figure), ...records };
}
