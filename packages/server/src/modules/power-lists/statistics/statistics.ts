// 清单统计: one SQL source per figure over the items of the versions in force on the period's first and last days,
// through the scope chokepoint on each item's body; the figures count the sources, the records page lists one.
import {
  listKindDefs,
  powerItemKindLabels,
  powerListStatisticDefinitions,
  powerListStatisticKeys,
  versionInForce,
  type ListKind,
  type PowerListStatisticKey,
} from '@fazhi/core/power-lists';
import { formatRate, ratePercent } from '@fazhi/core/statistics';
import type { PowerListStatisticRecords, PowerListStatistics } from '@fazhi/core/contracts';
import { sql, type RawBuilder } from 'kysely';
import type { Actor } from '../../../platform/access/actor';
import { scopeFilter } from '../../../platform/access/scope';
import { inReportingTransaction } from '../../../platform/db/reporting';
import {
  countSource,
  describeFigure,
  sourcePage,
  statisticsPeriod,
  statisticsRegion,
} from '../../../platform/statistics';
import type { Services } from '../../../platform/services';
import { versionsOf } from '../support';
import { authorize, policyContext } from '../../../platform/access/policy';
import { powerListPolicy } from '../policy';

export interface ListStatisticsQuery {
  from?: string;
  to?: string;
  regionCode?: string;
  listKind: ListKind;
}

async function context(services: Services, actor: Actor, q: ListStatisticsQuery) {
  authorize(policyContext(services.registry.grants, actor), powerListPolicy, 'read', {
    regionPath: '',
    regionName: '',
    listLabel: `${listKindDefs[q.listKind].label}统计`,
    bodies: [],
  });
  const period = statisticsPeriod(services, q);
  const region = await statisticsRegion(services, actor, 'power_list.read', q.regionCode);
  const versions = (await versionsOf(services.db, region.code, q.listKind)).map((v) => ({
    versionNo: v.version_no,
    effectiveOn: v.effective_on,
  }));
  const fromVersion = versionInForce(versions, period.from);
  const toVersion = versionInForce(versions, period.to);
  const toEffective = versions.find((v) => v.versionNo === toVersion)?.effectiveOn ?? period.to;
  const scope = {
    regionCode: region.code,
    regionName: region.name,
    listKind: q.listKind,
    listLabel: listKindDefs[q.listKind].label,
    fromVersion,
    toVersion,
  };
  const inScope = scopeFilter(services.registry.grants, actor, 'power_list.read', 'i.body_org_id');
  /** Whether version v holds an item of the code (and, when `sameBody`, of the body) of the item aliased i. */
  const heldIn = (v: number | null, sameBody: boolean) =>
    v === null
      ? sql`false`
      : sql`EXISTS (SELECT 1 FROM power_list_items t WHERE t.region_code = i.region_code
          AND t.list_kind = i.list_kind AND t.code = i.code ${sameBody ? sql`AND t.body_org_id = i.body_org_id` : sql``}
          AND t.from_version <= ${v} AND (t.until_version IS NULL OR t.until_version > ${v}))`;
  /** The items of version v in scope, with the columns every source yields. */
  const rows = (v: number | null, inNumerator: RawBuilder<unknown>, where: RawBuilder<unknown> = sql`true`) =>
    v === null
      ? sql`SELECT NULL::uuid AS record_id, '' AS code, '' AS title, '' AS body_name, 'other' AS item_kind,
          NULL::date AS counted_on, false AS in_numerator, NULL::uuid AS body_org_id WHERE false`
      : sql`SELECT i.id AS record_id, i.code, i.name AS title, o.name AS body_name, i.item_kind,
          ${toEffective}::date AS counted_on, ${inNumerator} AS in_numerator, i.body_org_id
          FROM power_list_items i JOIN orgs o ON o.id = i.body_org_id
          WHERE i.region_code = ${region.code} AND i.list_kind = ${q.listKind}
            AND i.from_version <= ${v} AND (i.until_version IS NULL OR i.until_version > ${v})
            AND ${inScope} AND ${where}`;
  const gone = sql`NOT ${heldIn(toVersion, true)}`;
  const sources: Record<PowerListStatisticKey, RawBuilder<unknown>> = {
    in_force: rows(toVersion, sql`false`),
    added: rows(toVersion, sql`false`, sql`NOT ${heldIn(fromVersion, false)}`),
    reduced: rows(fromVersion, sql`true`, gone),
    reduction_rate: rows(fromVersion, gone),
  };
  return { period, scope, sources, toVersion: rows(toVersion, sql`false`) };
}

export async function powerListStatistics(
  services: Services,
  actor: Actor,
  q: ListStatisticsQuery,
): Promise<PowerListStatistics> {
  const c = await context(services, actor, q);
  return inReportingTransaction(services.db, async (tx) => {
    const figures = [];
    for (const key of powerListStatisticKeys) {
      const d = powerListStatisticDefinitions[key];
      const { total, counted } = await countSource(tx, c.sources[key]);
      const rate = d.unit === '%' ? ratePercent(counted, total) : null;
      figures.push({
        ...describeFigure(key, d),
        value: d.unit === '%' ? rate : total,
        display: d.unit === '%' ? formatRate(rate) : `${total}件`,
        ...(d.unit === '%' ? { numerator: counted, denominator: total } : {}),
        belowRequired: false,
      });
    }
    const byKind = (
      await sql<{ item_kind: keyof typeof powerItemKindLabels; n: string }>`SELECT x.item_kind, count(*) AS n
        FROM (${c.toVersion}) x GROUP BY x.item_kind ORDER BY count(*) DESC`.execute(tx)
    ).rows.map((r) => ({ itemKind: r.item_kind, label: powerItemKindLabels[r.item_kind], count: Number(r.n) }));
    const byBody = (
      await sql<{ body_org_id: string; body_name: string; n: string }>`SELECT x.body_org_id, x.body_name, count(*) AS n
        FROM (${c.toVersion}) x GROUP BY x.body_org_id, x.body_name ORDER BY count(*) DESC, x.body_name`.execute(tx)
    ).rows.map((r) => ({ orgId: r.body_org_id, name: r.body_name, count: Number(r.n) }));
    return { period: c.period, scope: c.scope, figures, byKind, byBody };
  });
}

interface SourceRow {
  record_id: string;
  code: string;
  title: string;
  body_name: string;
  item_kind: keyof typeof powerItemKindLabels;
  counted_on: string;
  in_numerator: boolean;
}

export async function powerListStatisticRecords(
  services: Services,
  actor: Actor,
  q: ListStatisticsQuery & { figure: PowerListStatisticKey; page: number; pageSize: number },
): Promise<PowerListStatisticRecords> {
  const c = await context(services, actor, q);
  const d = powerListStatisticDefinitions[q.figure];
  const page = await sourcePage(services, c.sources[q.figure], q, (r: SourceRow) => ({
    recordId: r.record_id,
    code: r.code,
    title: r.title,
    bodyName: r.body_name,
    itemKindLabel: powerItemKindLabels[r.item_kind],
    countedOn: r.counted_on,
    ...(d.unit === '%' ? { inNumerator: r.in_numerator } : {}),
  }));
  return { ...page, period: c.period, scope: c.scope, figure: describeFigure(q.figure, d) };
}
