// 行政执法主体与人员统计: the figures of a region as they stood at the period's end (training over the period), the
// certificates and reviewers per body, and the records behind one figure. The region must be reachable for
// enforcement.read (else 404), and every record counts only where the actor reads its unit.
import {
  certificateStatus,
  enforcementStatisticDefinition,
  enforcementStatisticDefinitions,
  reviewersBelowRatio,
  reviewersRequired,
  type EnforcementStatisticKey,
} from '@fazhi/core/enforcement';
import { consoleLink, enforcementMenu } from '@fazhi/core/modules';
import type { EnforcementStatisticRecords, EnforcementStatistics } from '@fazhi/core/contracts';
import { formatRate, ratePercent } from '@fazhi/core/statistics';
import type { Actor } from '../../../platform/access/actor';
import { scopeFilter } from '../../../platform/access/scope';
import { inReportingTransaction } from '../../../platform/db/reporting';
import type { Services } from '../../../platform/services';
import {
  countSource,
  describeFigure,
  sourcePage,
  statisticsPeriod,
  statisticsRegion,
} from '../../../platform/statistics';
import { READ, registryPolicy } from '../policy';
import { authorize, policyContext } from '../../../platform/access/policy';
import { enforcementSettings } from '../settings';
import { figureSource, type SourceContext, type SourceRow } from './sources';

export interface EnforcementStatisticsQuery {
  from?: string | undefined;
  to?: string | undefined;
  regionCode?: string | undefined;
}

export async function resolveEnforcementStatistics(services: Services, actor: Actor, q: EnforcementStatisticsQuery) {
  authorize(policyContext(services.registry.grants, actor), registryPolicy, 'readStatistics', {
    regionPath: '',
    regionName: '',
  });
  const period = statisticsPeriod(services, q);
  const region = await statisticsRegion(services, actor, READ, q.regionCode);
  const path = await services.db
    .selectFrom('regions')
    .select('path')
    .where('code', '=', region.code)
    .executeTakeFirstOrThrow();
  const setting = <K extends Parameters<typeof enforcementSettings.read>[2]>(key: K) =>
    enforcementSettings.read(services.db, region.code, key);
  const ctx: SourceContext = {
    regionPath: path.path,
    from: period.from,
    to: period.to,
    validityYears: await setting('enforcement.certificate.validity-years'),
    minimumHours: await setting('enforcement.training.minimum-hours'),
    reviewerPercent: await setting('enforcement.reviewers.minimum-percent'),
    units: (column) => scopeFilter(services.registry.grants, actor, READ, column),
  };
  return { period, scope: { regionCode: region.code, regionName: region.name }, ctx };
}

const describe = (key: EnforcementStatisticKey) => describeFigure(key, enforcementStatisticDefinition(key));

function figureValue(key: EnforcementStatisticKey, total: number, counted: number) {
  const d = enforcementStatisticDefinition(key);
  if (d.unit !== '%')
    return { value: total, display: `${total}${key.startsWith('bodies') ? '个' : '人'}`, belowRequired: false };
  const value = ratePercent(counted, total);
  return {
    value,
    display: formatRate(value),
    numerator: counted,
    denominator: total,
    belowRequired: d.required !== undefined && value !== null && value < d.required,
  };
}

export async function enforcementStatistics(
  services: Services,
  actor: Actor,
  q: EnforcementStatisticsQuery,
): Promise<EnforcementStatistics> {
  const { period, scope, ctx } = await resolveEnforcementStatistics(services, actor, q);
  const figures = await inReportingTransaction(services.db, async (tx) => {
    const out = [];
    for (const d of enforcementStatisticDefinitions) {
      const { total, counted } = await countSource(tx, figureSource(d.key, ctx));
      out.push({ ...describe(d.key), ...figureValue(d.key, total, counted) });
    }
    return out;
  });
  return { period, scope, figures, bodies: await perBody(services, ctx) };
}

/** Each body's certificates by status at the period's end and its reviewers against the ratio. */
async function perBody(services: Services, ctx: SourceContext) {
  const rows = await services.db
    .selectFrom('enforcement_bodies as b')
    .innerJoin('orgs as o', 'o.id', 'b.org_id')
    .innerJoin('regions as r', 'r.code', 'b.region_code')
    .leftJoin('enforcement_officers as f', (j) =>
      j.onRef('f.org_id', '=', 'b.org_id').on('f.kind', '!=', 'auxiliary').on('f.issued_on', '<=', ctx.to),
    )
    .select(['b.org_id', 'o.name', 'o.path', 'f.kind', 'f.certificate_status', 'f.issued_on', 'f.is_legal_reviewer'])
    .where('b.status', '=', 'active')
    .where('r.path', 'like', `${ctx.regionPath}%`)
    .where(ctx.units('b.org_id'))
    .orderBy('o.path')
    .execute();
  const out = new Map<string, EnforcementStatistics['bodies'][number]>();
  for (const r of rows) {
    const b = out.get(r.org_id) ?? {
      organisationId: r.org_id,
      name: r.name,
      officers: 0,
      valid: 0,
      suspended: 0,
      revoked: 0,
      expired: 0,
      reviewers: 0,
      reviewersRequired: 0,
      reviewersBelowRatio: false,
    };
    out.set(r.org_id, b);
    if (!r.certificate_status || !r.issued_on) continue;
    if (r.kind === 'enforcement') b.officers++;
    if (r.is_legal_reviewer) b.reviewers++;
    b[certificateStatus({ stored: r.certificate_status, issuedOn: r.issued_on }, ctx.validityYears, ctx.to)]++;
  }
  return [...out.values()].map((b) => ({
    ...b,
    reviewersRequired: reviewersRequired(b.officers, ctx.reviewerPercent),
    reviewersBelowRatio: reviewersBelowRatio(b.reviewers, b.officers, ctx.reviewerPercent),
  }));
}

export async function enforcementStatisticRecords(
  services: Services,
  actor: Actor,
  q: EnforcementStatisticsQuery & { figure: EnforcementStatisticKey; page: number; pageSize: number },
): Promise<EnforcementStatisticRecords> {
  const { period, scope, ctx } = await resolveEnforcementStatistics(services, actor, q);
  const rate = enforcementStatisticDefinition(q.figure).unit === '%';
  const link = consoleLink(
    enforcementMenu,
    q.figure.startsWith('bodies') ? 'enforcement-bodies' : 'enforcement-officers',
  );
  const records = await sourcePage(services, figureSource(q.figure, ctx), q, (r: SourceRow) => ({
    recordId: r.record_id,
    title: r.title,
    bodyName: r.body_name,
    countedOn: r.counted_on,
    note: r.note ?? '',
    ...(rate ? { inNumerator: r.in_numerator } : {}),
    link,
  }));
  return { period, scope, figure: describe(q.figure), ...records };
}
