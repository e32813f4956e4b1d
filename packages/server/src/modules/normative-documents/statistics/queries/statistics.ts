// 规范性文件统计: the figures of a period and scope, and the records behind one figure. The scope goes through the
// chokepoint twice: the region and unit asked for must be reachable for normative.read (else 404, as for any record
// out of scope), and every record is filtered by scopeFilter on its document's drafting unit — so a unit's legal
// officer counts only the unit's records and the justice bureau the region's.
import { consoleLink, normativeMenu } from '@fazhi/core/modules';
import { assignmentsFor } from '@fazhi/core/access';
import {
  formatRate,
  ratePercent,
  statisticDefinition,
  statisticDefinitions,
  type StatisticKey,
} from '@fazhi/core/normative-documents';
import { sql, type SqlBool, type Transaction } from 'kysely';
import type { Database } from '../../../../platform/db/schema';
import type { Actor } from '../../../../platform/access/actor';
import { scopeFilter } from '../../../../platform/access/scope';
import {
  countSource,
  describeFigure,
  sourcePage,
  statisticsPeriod,
  statisticsRegion,
} from '../../../../platform/statistics';
import { inReportingTransaction } from '../../../../platform/db/reporting';
import { notFound } from '../../../../platform/errors';
import { authorize, policyContext } from '../../../../platform/access/policy';
import { registerPolicy } from '../../policy';
import type { Services } from '../../../../platform/services';
import { documentLink, SUBJECT } from '../../support';
import { sumStatistics, type SumQuery } from '../../../../platform/db/statistic-counts';
import { figureShape, figureSource, foldedFigures, type ReadContext, type SourceRow } from './statistics-sources';
import { foldNormativeStatistics } from './statistic-facts';
import type { NormativeStatistics } from '@fazhi/core/contracts';
import type { StatisticRecords } from '@fazhi/core/contracts';

const READ = 'normative.read';

export interface StatisticsQuery {
  from?: string | undefined;
  to?: string | undefined;
  regionCode?: string | undefined;
  orgId?: string | undefined;
}

export interface StatisticsScope {
  regionCode: string;
  regionName: string;
  orgId: string | null;
  orgName: string | null;
}

/** Validates the period (default: this year to date) and resolves the scope asked for, or refuses. */
export async function resolve(services: Services, actor: Actor, q: StatisticsQuery) {
  authorize(policyContext(services.registry.grants, actor), registerPolicy, 'readStatistics', null);
  const period = statisticsPeriod(services, q);
  const grants = services.registry.grants;
  const region = await statisticsRegion(services, actor, READ, q.regionCode);
  let org: { id: string; name: string } | undefined;
  if (q.orgId) {
    org = await services.db
      .selectFrom('orgs as o')
      .select(['o.id', 'o.name'])
      .where('o.id', '=', q.orgId)
      .where('o.region_code', '=', region.code)
      .where(scopeFilter(grants, actor, READ, 'o.id'))
      .executeTakeFirst();
    if (!org) throw notFound('统计单位');
  }
  // Someone who reads only their own unit (or its subtree) sees that unit named, even without asking for it.
  const regionWide = assignmentsFor(grants, actor.assignments, READ).some(
    (a) => a.scope === 'platform' || (a.scope === 'region_subtree' && a.regionCode === region.code),
  );
  let unitName: string | null = org?.name ?? null;
  if (!org && !regionWide && actor.activeOrgId) {
    const own = await services.db
      .selectFrom('orgs')
      .select('name')
      .where('id', '=', actor.activeOrgId)
      .where('region_code', '=', region.code)
      .executeTakeFirst();
    unitName = own?.name ?? null;
  }
  const scope: StatisticsScope = {
    regionCode: region.code,
    regionName: region.name,
    orgId: org?.id ?? null,
    orgName: unitName,
  };
  // the scope chokepoint and the unit asked for, on the column holding a record's unit
  const units = (column: string) =>
    sql<SqlBool>`${scopeFilter(grants, actor, READ, column)} ${org ? sql`AND ${sql.ref(column)} = ${org.id}::uuid` : sql``}`;
  const ctx: ReadContext = { period, regionCode: region.code, documents: units('d.drafting_org_id') };
  return { period, scope, ctx, units };
}

/** The summable figures of the period and scope, from the pre-aggregated counts (platform/db/statistic-counts.ts). */
export function sumQuery(r: Pick<Awaited<ReturnType<typeof resolve>>, 'period' | 'scope' | 'units'>): SumQuery {
  return {
    subjectType: SUBJECT,
    regionCode: r.scope.regionCode,
    period: r.period,
    figures: foldedFigures.map((key) => ({ key, shape: figureShape(key) })),
    units: r.units('s.org_id'),
  };
}

const describe = (key: StatisticKey) => describeFigure(key, statisticDefinition(key));

const countIn = (tx: Transaction<Database>, key: StatisticKey, ctx: ReadContext) =>
  countSource(tx, figureSource(key, ctx));

/** Every figure of the period and scope. A rate carries its numerator and denominator; its value is null at 0/0. */
export async function normativeStatistics(
  services: Services,
  actor: Actor,
  q: StatisticsQuery,
): Promise<NormativeStatistics> {
  const { period, scope, ctx, units } = await resolve(services, actor, q);
  // the figures are sums of the pre-aggregated counts, once the region's changed documents are folded into them
  await foldNormativeStatistics(services.db, scope.regionCode);
  const byKey = await inReportingTransaction(services.db, async (tx) => {
    const sums = await sumStatistics(tx, sumQuery({ period, scope, units }));
    // 清理次数 counts a campaign once however many units' documents it covers: from its source (a few a year)
    sums.set('cleanup_campaigns', await countIn(tx, 'cleanup_campaigns', ctx));
    return sums;
  });
  const figures = statisticDefinitions.map((d) => {
    const { total, counted } = byKey.get(d.key) ?? { total: 0, counted: 0 };
    if (d.unit !== '%') return { ...describe(d.key), value: total, display: `${total}件` };
    const value = ratePercent(counted, total);
    return { ...describe(d.key), value, display: formatRate(value), numerator: counted, denominator: total };
  });
  return { period, scope: { ...scope, units: await unitsOf(services, actor, scope.regionCode) }, figures };
}

/** The units of the region whose figures the actor may ask for (the unit picker). */
async function unitsOf(services: Services, actor: Actor, regionCode: string) {
  return services.db
    .selectFrom('orgs as o')
    .select(['o.id', 'o.name'])
    .where('o.region_code', '=', regionCode)
    .where(scopeFilter(services.registry.grants, actor, READ, 'o.id'))
    .orderBy('o.path')
    .execute();
}

export interface StatisticRecordsQuery extends StatisticsQuery {
  figure: StatisticKey;
  page: number;
  pageSize: number;
}

/**
 * The records that make up one figure, in the order of the date that counted. For a count, `total` equals the
 * figure; for a rate, the records are the denominator's and `inNumerator` marks those in the numerator.
 */
export async function normativeStatisticRecords(
  services: Services,
  actor: Actor,
  q: StatisticRecordsQuery,
): Promise<StatisticRecords> {
  const { period, scope, ctx } = await resolve(services, actor, q);
  const rate = statisticDefinition(q.figure).unit === '%';
  const records = await sourcePage(services, figureSource(q.figure, ctx), q, (r: SourceRow) => ({
    id: r.document_id,
    recordId: r.record_id,
    kind: r.kind,
    title: r.title,
    docNumber: r.doc_number,
    unitName: r.org_name,
    countedOn: r.counted_on,
    note: r.note,
    ...(rate ? { inNumerator: r.in_numerator } : {}),
    link:
      r.kind === 'campaign'
        ? consoleLink(normativeMenu, 'normative-cleanups', r.document_id)
        : documentLink(r.document_id),
  }));
  return { period, scope, figure: describe(q.figure), ...records };
}
