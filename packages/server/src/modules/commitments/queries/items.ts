// The commitment items of the bodies the actor reaches (commitments.read through the scope chokepoint), each with
// the number of matters handled under it and why its item is no longer in the list in force at the body (derived from
// today), and the bodies the actor may record for.
import { commitmentItemLinks, commitmentListLabels, commitmentLists } from '@fazhi/core/commitments';
import type { CommitmentItems } from '@fazhi/core/contracts';
import { sql } from 'kysely';
import type { Actor } from '../../../platform/access/actor';
import { scopeFilter } from '../../../platform/access/scope';
import type { Services } from '../../../platform/services';
import { itemLinkWarnings } from '../../power-lists/queries/item-by-code';

export async function listCommitmentItems(services: Services, actor: Actor): Promise<CommitmentItems> {
  const grants = services.registry.grants;
  const rows = await services.db
    .selectFrom('commitment_items as i')
    .innerJoin('orgs as o', 'o.id', 'i.body_org_id')
    .selectAll('i')
    .select('o.name as body_name')
    .select(
      sql<number>`(SELECT count(*)::int FROM commitment_matters m WHERE m.region_code = i.region_code AND m.item_id = i.id)`.as(
        'matter_count',
      ),
    )
    .where(scopeFilter(grants, actor, 'commitments.read', 'i.body_org_id'))
    .orderBy('o.path')
    .orderBy('i.list')
    .orderBy('i.item_code')
    .limit(1000)
    .execute();
  const bodies = await services.db
    .selectFrom('orgs as o')
    .select(['o.id', 'o.name'])
    .where(scopeFilter(grants, actor, 'commitments.record', 'o.id'))
    .where('o.kind', '!=', 'internal_office')
    .orderBy('o.path')
    .limit(500)
    .execute();
  const warnings = await itemLinkWarnings(
    services.db,
    services.clock.today(),
    rows.map((i) => ({
      regionCode: i.region_code,
      link: commitmentItemLinks[i.list],
      code: i.item_code,
      body: { orgId: i.body_org_id, name: i.body_name },
    })),
  );
  return {
    items: rows.map((i, n) => ({
      id: i.id,
      bodyOrgId: i.body_org_id,
      bodyName: i.body_name,
      list: i.list,
      listLabel: commitmentListLabels[i.list],
      itemCode: i.item_code,
      itemName: i.item_name,
      basis: i.basis,
      commitmentContent: i.commitment_content,
      allowedFrom: i.allowed_from,
      matterCount: i.matter_count,
      isDemo: i.is_demo,
      itemWarning: warnings[n] ?? null,
    })),
    bodies,
    lists: commitmentLists.map((l) => ({ value: l, label: commitmentListLabels[l] })),
  };
}
