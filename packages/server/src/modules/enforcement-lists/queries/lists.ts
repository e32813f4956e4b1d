// The list versions of the bodies the actor reaches (enforcement-lists.read through the scope chokepoint), each
// with its standing on the platform's today (现行有效 / 待生效 / 已被替代), and one version with its rows (each row of a
// version in force or to come with why its item has left the body's 权责清单 in force, derived from today).
import {
  ALL_ITEMS,
  listItemLinks,
  listKindBases,
  listKindLabels,
  listKinds,
  recordingStepLabels,
  reviewCategoryLabels,
  versionInForce,
  type ListKind,
} from '@fazhi/core/enforcement-lists';
import {
  enforcementListStandings,
  type EnforcementListDetail,
  type EnforcementListItem,
  type EnforcementListVersion,
  type EnforcementListVersions,
} from '@fazhi/core/contracts';
import { sql } from 'kysely';
import type { Actor } from '../../../platform/access/actor';
import { abilities, policyContext } from '../../../platform/access/policy';
import { scopeFilter } from '../../../platform/access/scope';
import { notFound } from '../../../platform/errors';
import type { Services } from '../../../platform/services';
import { itemLinkWarnings } from '../../power-lists/queries/item-by-code';
import { enforcementListPolicy } from '../policy';
import { bodyForAct, rowsOf } from '../support';
import type { ListItemRow, ListVersionRow } from '../tables';

type VersionRow = Pick<ListVersionRow, 'id' | 'body_org_id' | 'kind' | 'version_no' | 'effective_from'>;

/** Each version's standing on `today` among the versions of its body and kind. */
export function standingsOf(rows: readonly VersionRow[], today: string) {
  const inForce = new Set<string>();
  const groups = new Map<string, VersionRow[]>();
  for (const r of rows)
    groups.set(`${r.body_org_id}|${r.kind}`, [...(groups.get(`${r.body_org_id}|${r.kind}`) ?? []), r]);
  for (const g of groups.values()) {
    const v = versionInForce(
      g.map((r) => ({ ...r, effectiveFrom: r.effective_from, versionNo: r.version_no })),
      today,
    );
    if (v) inForce.add(v.id);
  }
  return (r: VersionRow): keyof typeof enforcementListStandings =>
    inForce.has(r.id) ? 'in_force' : r.effective_from > today ? 'scheduled' : 'superseded';
}

export function presentRow(i: ListItemRow): EnforcementListItem {
  return {
    seq: i.seq,
    itemCode: i.item_code,
    itemName: i.item_name,
    basis: i.basis,
    content: i.content,
    method: i.method,
    step: i.step,
    stepLabel: i.step ? recordingStepLabels[i.step] : null,
    category: i.category,
    categoryLabel: i.category ? reviewCategoryLabels[i.category] : null,
    level: i.level,
    field: i.field,
    amountFrom: i.amount_from === null ? null : Number(i.amount_from),
  };
}

const itemCount = sql<number>`(SELECT count(*)::int FROM enforcement_list_items i WHERE i.region_code = l.region_code AND i.list_id = l.id)`;

export async function listVersions(
  services: Services,
  actor: Actor,
  query: { enforcementBodyId?: string | undefined; kind?: ListKind | undefined },
): Promise<EnforcementListVersions> {
  let q = services.db
    .selectFrom('enforcement_lists as l')
    .innerJoin('orgs as o', 'o.id', 'l.body_org_id')
    .selectAll('l')
    .select('o.name as body_name')
    .select(itemCount.as('item_count'))
    .where(scopeFilter(services.registry.grants, actor, 'enforcement-lists.read', 'l.body_org_id'));
  if (query.enforcementBodyId) q = q.where('l.body_org_id', '=', query.enforcementBodyId);
  if (query.kind) q = q.where('l.kind', '=', query.kind);
  const rows = await q.orderBy('o.path').orderBy('l.kind').orderBy('l.version_no', 'desc').limit(1000).execute();
  const standing = standingsOf(rows, services.clock.today());
  const bodies = await services.db
    .selectFrom('orgs as o')
    .select(['o.id', 'o.name'])
    .where(scopeFilter(services.registry.grants, actor, 'enforcement-lists.publish', 'o.id'))
    .where('o.kind', '!=', 'government')
    .orderBy('o.path')
    .limit(500)
    .execute();
  return {
    items: rows.map((l) => presentVersion(l, standing(l))),
    bodies,
    kinds: listKinds.map((k) => ({ value: k, label: listKindLabels[k], basis: listKindBases[k] })),
  };
}

function presentVersion(
  l: ListVersionRow & { body_name: string; item_count: number },
  standing: keyof typeof enforcementListStandings,
): EnforcementListVersion {
  return {
    id: l.id,
    bodyOrgId: l.body_org_id,
    bodyName: l.body_name,
    kind: l.kind,
    kindLabel: listKindLabels[l.kind],
    versionNo: l.version_no,
    effectiveFrom: l.effective_from,
    standing,
    standingLabel: enforcementListStandings[standing],
    adjustmentReason: l.adjustment_reason,
    itemCount: l.item_count,
    isDemo: l.is_demo,
  };
}

export async function getList(services: Services, actor: Actor, id: string): Promise<EnforcementListDetail> {
  const l = await services.db
    .selectFrom('enforcement_lists as l')
    .innerJoin('orgs as o', 'o.id', 'l.body_org_id')
    .selectAll('l')
    .select('o.name as body_name')
    .select(itemCount.as('item_count'))
    .where('l.id', '=', id)
    .executeTakeFirst();
  if (!l) throw notFound('执法事前公示清单');
  const body = await bodyForAct(services, services.db, actor, l.body_org_id, 'read').catch(() => {
    throw notFound('执法事前公示清单');
  });
  const [siblings, rows] = await Promise.all([
    services.db
      .selectFrom('enforcement_lists as l')
      .select(['l.id', 'l.body_org_id', 'l.kind', 'l.version_no', 'l.effective_from'])
      .where('l.body_org_id', '=', l.body_org_id)
      .where('l.kind', '=', l.kind)
      .execute(),
    rowsOf(services.db, l.region_code, [l.id]),
  ]);
  const standing = standingsOf(siblings, services.clock.today())(l);
  // a version in force or to come names items the body must still hold; a superseded one is history
  const warnings =
    standing === 'superseded'
      ? []
      : await itemLinkWarnings(
          services.db,
          services.clock.today(),
          rows.map((r) => ({
            regionCode: l.region_code,
            link: listItemLinks[l.kind],
            code: r.item_code,
            body: { orgId: l.body_org_id, name: l.body_name },
          })),
        );
  return {
    ...presentVersion(l, standing),
    kindBasis: listKindBases[l.kind],
    rows: rows.map((r, n) => ({
      ...presentRow(r),
      itemWarning: r.item_code === ALL_ITEMS ? null : (warnings[n] ?? null),
    })),
    abilities: abilities(policyContext(services.registry.grants, actor), enforcementListPolicy, body),
  };
}
