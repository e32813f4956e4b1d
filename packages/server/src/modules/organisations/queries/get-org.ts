import type { ScopeTarget } from '@fazhi/core/access';
import type { Actor } from '../../../platform/access/actor';
import { abilities, policyContext } from '../../../platform/access/policy';
import { scopeFilter } from '../../../platform/access/scope';
import type { Services } from '../../../platform/services';
import { orgKindLabels } from '../schemas';
import { orgPolicy } from '../policy';
import type { OrgDetail } from '@fazhi/core/contracts';

export async function loadOrgInScope(services: Services, actor: Actor | null, orgId: string) {
  const row = await services.db
    .selectFrom('orgs as o')
    .innerJoin('regions as r', 'r.code', 'o.region_code')
    .selectAll('o')
    .select(['r.path as region_path', 'r.name as region_name', 'r.is_demo as region_is_demo'])
    .where('o.id', '=', orgId)
    .where(scopeFilter(services.registry.grants, actor, 'org.read', 'o.id'))
    .executeTakeFirst();
  if (!row) return null;
  const target: ScopeTarget = { orgId: row.id, orgPath: row.path, regionPath: row.region_path };
  return {
    id: row.id,
    name: row.name,
    shortName: row.short_name,
    kind: row.kind,
    kindLabel: orgKindLabels[row.kind],
    uscc: row.uscc,
    sortOrder: row.sort_order,
    parentId: row.parent_id,
    regionCode: row.region_code,
    regionName: row.region_name,
    isDemo: row.is_demo || row.region_is_demo,
    target,
  };
}

export async function getOrg(services: Services, actor: Actor | null, orgId: string): Promise<OrgDetail | null> {
  const org = await loadOrgInScope(services, actor, orgId);
  if (!org) return null;
  const { target, ...rest } = org;
  return { ...rest, abilities: abilities(policyContext(services.registry.grants, actor), orgPolicy, target) };
}
