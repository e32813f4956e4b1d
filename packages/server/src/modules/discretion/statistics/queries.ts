// 裁量基准统计: the figures of a period and scope with the same figures per implementing body, and the records behind
// one figure. The scope goes through the chokepoint: the region and the body asked for must be reachable for
// discretion.read (else 404), and a version counts only where the actor may read it at its body.
import { consoleLink, discretionMenu } from '@fazhi/core/modules';
import {
  discretionStatisticDefinition,
  discretionStatisticDefinitions,
  discretionStatisticKeys,
  type DiscretionStatisticKey,
} from '@fazhi/core/discretion';
import type { DiscretionStatisticRecords, DiscretionStatistics } from '@fazhi/core/contracts';
import { sql } from 'kysely';
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
import { discretionRegisterPolicy } from '../policy';
import { figureSource, type SourceRow } from './sources';

const READ = 'discretion.read';

export interface DiscretionStatisticsQuery {
  from?: string | undefined;
  to?: string | undefined;
  regionCode?: string | undefined;
  implementingOrgId?: string | undefined;
}

export async function resolveDiscretionStatistics(services: Services, actor: Actor, q: DiscretionStatisticsQuery) {
  authorize(policyContext(services.registry.grants, actor), discretionRegisterPolicy, 'readStatistics', null);
  return statisticsBodyScope(services, actor, READ, q, { id: q.implementingOrgId, label: '统计的实施机关' });
}

const describe = (key: DiscretionStatisticKey) => describeFigure(key, discretionStatisticDefinition(key));
const zeros = () =>
  Object.fromEntries(discretionStatisticKeys.map((k) => [k, 0])) as Record<DiscretionStatisticKey, number>;

export async function discretionStatistics(
  services: Services,
  actor: Actor,
  q: DiscretionStatisticsQuery,
): Promise<DiscretionStatistics> {
  const { period, scope, ctx } = await resolveDiscretionStatistics(services, actor, q);
  const { figures, perBody } = await inReportingTransaction(services.db, async (tx) => {
    const figures = [];
    const perBody = new Map<string, { bodyName: string; figures: Record<DiscretionStatisticKey, number> }>();
    for (const d of discretionStatisticDefinitions) {
      const source = figureSource(d.key, ctx);
      const { total } = await countSource(tx, source);
      figures.push({ ...describe(d.key), value: total, display: `${total}件`, belowRequired: false });
      // the same source per body: a body's row is its share of each figure
      const { rows } = await sql<{ body_org_id: string; body_name: string; n: string }>`
        SELECT x.body_org_id, x.body_name, count(*) AS n FROM (${source}) x
        GROUP BY x.body_org_id, x.body_name`.execute(tx);
      for (const r of rows) {
        const row = perBody.get(r.body_org_id) ?? { bodyName: r.body_name, figures: zeros() };
        row.figures[d.key] = Number(r.n);
        perBody.set(r.body_org_id, row);
      }
    }
    return { figures, perBody };
  });
  const bodies = await services.db
    .selectFrom('orgs as o')
    .select(['o.id', 'o.name'])
    .where('o.region_code', '=', scope.regionCode)
    .where((eb) =>
      eb.exists(
        eb.selectFrom('discretion_benchmarks as b').select('b.id').whereRef('b.implementing_org_id', '=', 'o.id'),
      ),
    )
    .where(scopeFilter(services.registry.grants, actor, READ, 'o.id'))
    .orderBy('o.path')
    .execute();
  // the rows in the org tree's order, like the body picker
  const rows = bodies.flatMap((b) => {
    const row = perBody.get(b.id);
    return row ? [{ implementingOrgId: b.id, ...row }] : [];
  });
  return { period, scope: { ...scope, bodies }, figures, rows };
}

export async function discretionStatisticRecords(
  services: Services,
  actor: Actor,
  q: DiscretionStatisticsQuery & { figure: DiscretionStatisticKey; page: number; pageSize: number },
): Promise<DiscretionStatisticRecords> {
  const { period, scope, ctx } = await resolveDiscretionStatistics(services, actor, q);
  const records = await sourcePage(services, figureSource(q.figure, ctx), q, (r: SourceRow) =>
    bodySourceRecord(r, consoleLink(discretionMenu, 'discretion-benchmarks', r.benchmark_id ?? 'new')),
  );
  return { period, scope, figure: describe(q.figure), ...records };
}
