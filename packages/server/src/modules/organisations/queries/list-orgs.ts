import type { Actor } from '../../../platform/access/actor';
import { scopeFilter } from '../../../platform/access/scope';
import type { Services } from '../../../platform/services';
import { orgKindLabels } from '../schemas';
import type { OrgRow } from '@fazhi/core/contracts';

/** The organisations the actor may see, flat and ordered so that a client can build the tree. */
export async function listOrgs(services: Services, actor: Actor | null, regionCode?: string): Promise<OrgRow[]> {
  let q = services.db
    .selectFrom('orgs as o')
    .innerJoin('regions as r', 'r.code', 'o.region_code')
    .select([
      'o.id',
      'o.parent_id',
      'o.name',
      'o.short_name',
      'o.kind',
      'o.uscc',
      'o.region_code',
      'r.name as region_name',
      'o.path',
      'o.sort_order',
      'o.is_demo',
    ])
    .where(scopeFilter(services.registry.grants, actor, 'org.read', 'o.id'))
    .orderBy('o.path')
    .orderBy('o.sort_order');
  if (regionCode) q = q.where('o.region_code', '=', regionCode);
  const rows = await q.execute();
  return rows.map((o) => ({
    id: o.id,
    parentId: o.parent_id,
    name: o.name,
    shortName: o.short_name,
    kind: o.kind,
    kindLabel: orgKindLabels[o.kind],
    uscc: o.uscc,
    regionCode: o.region_code,
    regionName: o.region_name,
    depth: o.path.split('/').length - 3,
    sortOrder: o.sort_order,
    isDemo: o.is_demo,
  }));
}
