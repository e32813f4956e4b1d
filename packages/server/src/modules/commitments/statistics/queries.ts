// 告知承诺制统计: the figures of a period and scope, and the records behind one figure. The scope goes through the
// chokepoint: the region and the body asked for must be reachable for commitments.read (else 404), and a matter
// counts only where the actor may read it at its body.
import { consoleLink, commitmentsMenu } from '@fazhi/core/modules';
import {
  commitmentStatisticDefinition,
  commitmentStatisticDefinitions,
  type CommitmentStatisticKey,
} from '@fazhi/core/commitments';
import type { CommitmentStatisticRecords, CommitmentStatistics } from '@fazhi/core/contracts';
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
import { commitmentRegisterPolicy } from '../policy';
import { figureSource, type SourceRow } from './sources';

const READ = 'commitments.read';

export interface CommitmentStatisticsQuery {
  from?: string | undefined;
  to?: string | undefined;
  regionCode?: string | undefined;
  handlingBodyId?: string | undefined;
}

export async function resolveCommitmentStatistics(services: Services, actor: Actor, q: CommitmentStatisticsQuery) {
  authorize(policyContext(services.registry.grants, actor), commitmentRegisterPolicy, 'readStatistics', null);
  return statisticsBodyScope(services, actor, READ, q, { id: q.handlingBodyId, label: '统计的办理机关' });
}

const describe = (key: CommitmentStatisticKey) => describeFigure(key, commitmentStatisticDefinition(key));

export async function commitmentStatistics(
  services: Services,
  actor: Actor,
  q: CommitmentStatisticsQuery,
): Promise<CommitmentStatistics> {
  const { period, scope, ctx } = await resolveCommitmentStatistics(services, actor, q);
  const figures = await inReportingTransaction(services.db, async (tx) => {
    const out = [];
    for (const d of commitmentStatisticDefinitions) {
      const { total } = await countSource(tx, figureSource(d.key, ctx));
      out.push({ ...describe(d.key), value: total, display: `${total}件`, belowRequired: false });
    }
    return out;
  });
  const bodies = await services.db
    .selectFrom('orgs as o')
    .select(['o.id', 'o.name'])
    .where('o.region_code', '=', scope.regionCode)
    .where((eb) =>
      eb.exists(eb.selectFrom('commitment_items as i').select('i.id').whereRef('i.body_org_id', '=', 'o.id')),
    )
    .where(scopeFilter(services.registry.grants, actor, READ, 'o.id'))
    .orderBy('o.path')
    .execute();
  return { period, scope: { ...scope, bodies }, figures };
}

export async function commitmentStatisticRecords(
  services: Services,
  actor: Actor,
  q: CommitmentStatisticsQuery & { figure: CommitmentStatisticKey; page: number; pageSize: number },
): Promise<CommitmentStatisticRecords> {
  const { period, scope, ctx } = await resolveCommitmentStatistics(services, actor, q);
  const records = await sourcePage(services, figureSource(q.figure, ctx), q, (r: SourceRow) =>
    bodySourceRecord(r, consoleLink(commitmentsMenu, 'commitment-matters', r.record_id)),
  );
  return { period, scope, figure: describe(q.figure), ...records };
}
