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
import { sql, type SqlBool } from 'kysely';
import type { Actor } from '../../../platform/access/actor';
import { authorize, policyContext } from '../../../platform/access/policy';
import { scopeFilter } from '../../../platform/access/scope';
import { inReportingTransaction } from '../../../platform/db/reporting';
import { notFound } from '../../../platform/errors';
import type { Services } from '../../../platform/services';
import {
  countSource,
  describeFigure,
  sourcePage,
  statisticsPeriod,
  statisticsRegion,
} from '../../../platform/statistics';
import { commitmentRegisterPolicy } from '../policy';
import { figureSource, type SourceContext, type SourceRow } from './sources';

const READ = 'commitments.read';

export interface CommitmentStatisticsQuery {
  from?: string | undefined;
  to?: string | undefined;
  regionCode?: string | undefined;
  handlingBodyId?: string | undefined;
}

export async function resolveCommitmentStatistics(services: Services, actor: Actor, q: CommitmentStatisticsQuery) {
  const grants = services.registry.grants;
  authorize(policyContext(grants, actor), commitmentRegisterPolicy, 'readStatistics', null);
  const period = statisticsPeriod(services, q);
  const region = await statisticsRegion(services, actor, READ, q.regionCode);
  const body = q.handlingBodyId
    ? await services.db
        .selectFrom('orgs as o')
        .select(['o.id', 'o.name'])
        .where('o.id', '=', q.handlingBodyId)
        .where('o.region_code', '=', region.code)
        .where(scopeFilter(grants, actor, READ, 'o.id'))
        .executeTakeFirst()
    : null;
  if (q.handlingBodyId && !body) throw notFound('统计的办理机关');
  const scope = {
    regionCode: region.code,
    regionName: region.name,
    bodyOrgId: body?.id ?? null,
    bodyName: body?.name ?? null,
  };
  const units = (bodyColumn: string) =>
    sql<SqlBool>`${scopeFilter(grants, actor, READ, bodyColumn)}
      ${body ? sql`AND ${sql.ref(bodyColumn)} = ${body.id}::uuid` : sql``}`;
  const ctx: SourceContext = { regionCode: region.code, period, units };
  return { period, scope, ctx };
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
  const records = await sourcePage(services, figureSource(q.figure, ctx), q, (r: SourceRow) => ({
    recordId: r.record_id,
    title: r.title,
    bodyName: r.body_name,
    countedOn: r.counted_on,
    note: r.note,
    link: consoleLink(commitmentsMenu, 'commitment-matters', r.record_id),
  }));
  return { period, scope, figure: describe(q.figure), ...records };
}
