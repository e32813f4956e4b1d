import type { Actor } from '../../../platform/access/actor';
import { regionScopeFilter } from '../../../platform/access/scope';
import type { Services } from '../../../platform/services';
import type { Region } from '@fazhi/core/contracts';

export async function listRegions(services: Services, actor: Actor | null): Promise<Region[]> {
  const rows = await services.db
    .selectFrom('regions')
    .select(['code', 'name', 'level', 'parent_code', 'path', 'is_demo'])
    .where(regionScopeFilter(services.registry.grants, actor, 'region.read', 'code'))
    .orderBy('path')
    .execute();
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    level: r.level,
    parentCode: r.parent_code,
    isDemo: r.is_demo,
  }));
}
