// 发文机关代字: the units whose issuer prefix the actor may set (normative.settings.manage through the scope
// chokepoint), with the prefix each has now. Internal offices are left out: they never issue normative documents.
import type { Actor } from '../../../../platform/access/actor';
import { scopeFilter } from '../../../../platform/access/scope';
import type { Services } from '../../../../platform/services';
import type { Issuer } from '@fazhi/core/contracts';

export async function listIssuers(services: Services, actor: Actor): Promise<{ items: Issuer[] }> {
  const rows = await services.db
    .selectFrom('orgs as o')
    .leftJoin('normative_issuers as i', (j) =>
      j.onRef('i.region_code', '=', 'o.region_code').onRef('i.org_id', '=', 'o.id'),
    )
    .select(['o.id', 'o.name', 'o.region_code', 'o.is_demo', 'i.number_prefix'])
    .where('o.kind', '!=', 'internal_office')
    .where(scopeFilter(services.registry.grants, actor, 'normative.settings.manage', 'o.id'))
    .orderBy('o.region_code')
    .orderBy('o.path')
    .execute();
  return {
    items: rows.map((r) => ({
      orgId: r.id,
      orgName: r.name,
      regionCode: r.region_code,
      numberPrefix: r.number_prefix,
      isDemo: r.is_demo,
    })),
  };
}
