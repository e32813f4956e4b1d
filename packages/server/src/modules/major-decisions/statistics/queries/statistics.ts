// 重大行政决策统计: the figures of a period and scope, and the records behind one figure. The scope goes through the
// chokepoint: the region, decision body and 承办单位 asked for must be reachable for decision.read (else 404), and
// every record counts only where the actor may read it at its decision body or its 承办单位 — as a decision is read
// (records/workflow.ts loadDecision) — so a department's legal officer counts the decisions it conducts and the
// government office those of its body.
import { consoleLink, decisionsMenu } from '@fazhi/core/modules';
import {
  belowRequired,
  decisionStatisticDefinition,
  decisionStatisticDefinitions,
  type DecisionStatisticKey,
} from '@fazhi/core/major-decisions';
import { formatRate, ratePercent } from '@fazhi/core/statistics';
import type { DecisionStatisticRecords, DecisionStatistics } from '@fazhi/core/contracts';
import { sql, type SqlBool, type Transaction } from 'kysely';
import type { Actor } from '../../../../platform/access/actor';
import { authorize, policyContext } from '../../../../platform/access/policy';
import { scopeFilter } from '../../../../platform/access/scope';
import type { Database } from '../../../../platform/db/schema';
import { inReportingTransaction } from '../../../../platform/db/reporting';
import { notFound } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import {
  countSource,
  describeFigure,
  sourcePage,
  statisticsPeriod,
  statisticsRegion,
} from '../../../../platform/statistics';
import { decisionRegisterPolicy } from '../../policy';
import { decisionLink } from '../../records/links';
import { figureSource, type SourceContext, type SourceRow } from './statistics-sources';

const READ = 'decision.read';

export interface DecisionStatisticsQuery {
  from?: string | undefined;
  to?: string | undefined;
  regionCode?: string | undefined;
  bodyOrgId?: string | undefined;
  sponsorOrgId?: string | undefined;
}

/** Validates the period (default: this year to date) and resolves the scope asked for, or refuses. */
export async function resolveDecisionStatistics(services: Services, actor: Actor, q: DecisionStatisticsQuery) {
  const grants = services.registry.grants;
  authorize(policyContext(grants, actor), decisionRegisterPolicy, 'readStatistics', null);
  const period = statisticsPeriod(services, q);
  const region = await statisticsRegion(services, actor, READ, q.regionCode);
  const unit = async (id: string | undefined, label: string) => {
    if (!id) return null;
    const org = await services.db
      .selectFrom('orgs as o')
      .select(['o.id', 'o.name'])
      .where('o.id', '=', id)
      .where('o.region_code', '=', region.code)
      .where(scopeFilter(grants, actor, READ, 'o.id'))
      .executeTakeFirst();
    if (!org) throw notFound(label);
    return org;
  };
  const body = await unit(q.bodyOrgId, '统计的决策机关');
  const sponsor = await unit(q.sponsorOrgId, '统计的承办单位');
  const scope = {
    regionCode: region.code,
    regionName: region.name,
    bodyOrgId: body?.id ?? null,
    bodyName: body?.name ?? null,
    sponsorOrgId: sponsor?.id ?? null,
    sponsorName: sponsor?.name ?? null,
  };
  const units = (bodyColumn: string, sponsorColumn: string) =>
    sql<SqlBool>`(${scopeFilter(grants, actor, READ, bodyColumn)} OR ${scopeFilter(grants, actor, READ, sponsorColumn)})
      ${body ? sql`AND ${sql.ref(bodyColumn)} = ${body.id}::uuid` : sql``}
      ${sponsor ? sql`AND ${sql.ref(sponsorColumn)} = ${sponsor.id}::uuid` : sql``}`;
  const ctx: SourceContext = { regionCode: region.code, period, units };
  return { period, scope, ctx };
}

const describe = (key: DecisionStatisticKey) => describeFigure(key, decisionStatisticDefinition(key));

const countIn = (tx: Transaction<Database>, key: DecisionStatisticKey, ctx: SourceContext) =>
  countSource(tx, figureSource(key, ctx));

/** One figure's value as shown: a count, or a rate with its numerator and denominator (null at 0/0). */
export function figureValue(key: DecisionStatisticKey, total: number, counted: number) {
  if (decisionStatisticDefinition(key).unit !== '%')
    return { value: total, display: `${total}件`, belowRequired: false };
  const value = ratePercent(counted, total);
  return {
    value,
    display: formatRate(value),
    numerator: counted,
    denominator: total,
    belowRequired: belowRequired(key, value),
  };
}

/** Every figure of the period and scope, each the count of its records. */
export async function decisionStatistics(
  services: Services,
  actor: Actor,
  q: DecisionStatisticsQuery,
): Promise<DecisionStatistics> {
  const { period, scope, ctx } = await resolveDecisionStatistics(services, actor, q);
  const figures = await inReportingTransaction(services.db, async (tx) => {
    const out = [];
    for (const d of decisionStatisticDefinitions) {
      const { total, counted } = await countIn(tx, d.key, ctx);
      out.push({ ...describe(d.key), ...figureValue(d.key, total, counted) });
    }
    return out;
  });
  return { period, scope: { ...scope, ...(await pickers(services, actor, scope.regionCode)) }, figures };
}

/** The decision bodies and 承办单位 of the region's decisions and catalogues the actor reads (the pickers). */
async function pickers(services: Services, actor: Actor, regionCode: string) {
  const grants = services.registry.grants;
  const { rows } = await sql<{ role: 'body' | 'sponsor'; id: string; name: string }>`
    SELECT DISTINCT u.role, o.id::text AS id, o.name, o.path FROM (
      SELECT 'body' AS role, body_org_id AS org_id FROM decision_records WHERE region_code = ${regionCode}
      UNION SELECT 'sponsor', sponsor_org_id FROM decision_records WHERE region_code = ${regionCode}
      UNION SELECT 'body', body_org_id FROM decision_catalogues WHERE region_code = ${regionCode}
    ) u JOIN orgs o ON o.id = u.org_id
    WHERE ${scopeFilter(grants, actor, READ, 'o.id')} ORDER BY o.path`.execute(services.db);
  const of = (role: 'body' | 'sponsor') => rows.filter((r) => r.role === role).map(({ id, name }) => ({ id, name }));
  return { bodies: of('body'), sponsors: of('sponsor') };
}

export interface DecisionStatisticRecordsQuery extends DecisionStatisticsQuery {
  figure: DecisionStatisticKey;
  page: number;
  pageSize: number;
}

/** The link of a record behind a figure: its decision, or the catalogue version that lists an item. */
export function recordLink(r: Pick<SourceRow, 'decision_id' | 'catalogue_id'>) {
  return r.decision_id
    ? decisionLink(r.decision_id)
    : consoleLink(decisionsMenu, 'decision-catalogues', r.catalogue_id ?? '');
}

/** The records of one figure in the order of the date that counted; for a rate, `inNumerator` marks the numerator's. */
export async function decisionStatisticRecords(
  services: Services,
  actor: Actor,
  q: DecisionStatisticRecordsQuery,
): Promise<DecisionStatisticRecords> {
  const { period, scope, ctx } = await resolveDecisionStatistics(services, actor, q);
  const rate = decisionStatisticDefinition(q.figure).unit === '%';
  const records = await sourcePage(services, figureSource(q.figure, ctx), q, (r: SourceRow) => recordOf(r, rate));
  return { period, scope, figure: describe(q.figure), ...records };
}

export function recordOf(r: SourceRow, rate: boolean) {
  return {
    decisionId: r.decision_id,
    recordId: r.record_id,
    title: r.title,
    bodyName: r.body_name,
    sponsorName: r.sponsor_name,
    countedOn: r.counted_on,
    note: r.note ?? '',
    ...(rate ? { inNumerator: r.in_numerator } : {}),
    link: recordLink(r),
  };
}
