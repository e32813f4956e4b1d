// The bodies the actor reads (through the scope chokepoint at the body's unit), with their officers and legal
// reviewers counted, and the regions where the actor publishes the list with the last version published there.
import type { EnforcementBody, EnforcementBodyList } from '@fazhi/core/contracts';
import {
  entrustmentEnded,
  legalStatusBasis,
  legalStatusLabels,
  reviewersBelowRatio,
  reviewersRequired,
} from '@fazhi/core/enforcement';
import { enforcementSettings } from '../../settings';
import { sql } from 'kysely';
import type { Actor } from '../../../../platform/access/actor';
import { abilities, policyContext } from '../../../../platform/access/policy';
import { regionScopeFilter, scopeFilter } from '../../../../platform/access/scope';
import type { Services } from '../../../../platform/services';
import { bodyPolicy, MANAGE_BODIES, READ, registryPolicy } from '../../policy';

export async function listBodies(services: Services, actor: Actor): Promise<EnforcementBodyList> {
  const grants = services.registry.grants;
  const p = policyContext(grants, actor);
  const today = services.clock.today();
  const rows = await services.db
    .selectFrom('enforcement_bodies as b')
    .innerJoin('orgs as o', 'o.id', 'b.org_id')
    .innerJoin('regions as r', 'r.code', 'o.region_code')
    .leftJoin('orgs as e', 'e.id', 'b.entrusting_org_id')
    .selectAll('b')
    .select(['o.name', 'o.path', 'r.path as region_path', 'e.name as entrusting_name'])
    .select((eb) => [
      eb
        .selectFrom('enforcement_officers as f')
        .select(sql<number>`count(*) FILTER (WHERE f.kind = 'enforcement')::int`.as('n'))
        .whereRef('f.org_id', '=', 'b.org_id')
        .as('officers'),
      eb
        .selectFrom('enforcement_officers as f')
        .select(sql<number>`count(*) FILTER (WHERE f.is_legal_reviewer)::int`.as('n'))
        .whereRef('f.org_id', '=', 'b.org_id')
        .as('reviewers'),
    ])
    .where(scopeFilter(grants, actor, READ, 'b.org_id'))
    .orderBy('b.region_code')
    .orderBy('o.sort_order')
    .orderBy('o.name')
    .limit(2000)
    .execute();
  const ratio = new Map<string, number>();
  for (const code of new Set(rows.map((r) => r.region_code)))
    ratio.set(code, await enforcementSettings.read(services.db, code, 'enforcement.reviewers.minimum-percent'));
  const items = rows.map((b): EnforcementBody => ({
    organisationId: b.org_id,
    organisationName: b.name,
    regionCode: b.region_code,
    legalStatus: b.legal_status,
    legalStatusLabel: legalStatusLabels[b.legal_status],
    legalStatusBasis: legalStatusBasis[b.legal_status],
    entrustingOrganisationId: b.entrusting_org_id,
    entrustingOrganisationName: b.entrusting_name,
    entrustmentScope: b.entrustment_scope,
    entrustmentFrom: b.entrustment_from,
    entrustmentTo: b.entrustment_to,
    entrustmentEnded: entrustmentEnded({ legalStatus: b.legal_status, entrustmentTo: b.entrustment_to }, today),
    fields: b.fields,
    address: b.address,
    phones: b.phones,
    status: b.status,
    officers: b.officers ?? 0,
    reviewers: b.reviewers ?? 0,
    reviewersRequired: reviewersRequired(b.officers ?? 0, ratio.get(b.region_code)!),
    reviewersBelowRatio: reviewersBelowRatio(b.reviewers ?? 0, b.officers ?? 0, ratio.get(b.region_code)!),
    isDemo: b.is_demo,
    abilities: abilities(p, bodyPolicy, {
      orgId: b.org_id,
      orgPath: b.path,
      regionPath: b.region_path,
      orgName: b.name,
    }),
  }));
  const regions = await services.db
    .selectFrom('regions as r')
    .select(['r.code', 'r.name', 'r.path'])
    .select((eb) =>
      eb
        .selectFrom('enforcement_body_announcements as a')
        .select((x) => x.fn.max('a.version_no').as('v'))
        .whereRef('a.region_code', '=', 'r.code')
        .as('last_version'),
    )
    .where(regionScopeFilter(grants, actor, MANAGE_BODIES, 'r.code'))
    .orderBy('r.path')
    .limit(200)
    .execute();
  return {
    items,
    regions: regions
      .filter((r) => abilities(p, registryPolicy, { regionPath: r.path, regionName: r.name }).announce)
      .map((r) => ({ code: r.code, name: r.name, lastVersion: r.last_version ?? null })),
  };
}
