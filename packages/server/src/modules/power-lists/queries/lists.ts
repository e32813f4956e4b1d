// The console's reads of a region's lists: the overview (each kind with its version in force), a list's versions,
// one version's items (each through the scope chokepoint on its body) and one item.
import { sql } from 'kysely';
import {
  adjustmentKindLabels,
  listKindDefs,
  listKinds,
  termsQuery,
  queryTerms,
  type ListKind,
} from '@fazhi/core/power-lists';
import type { PowerListItemPage, PowerListOverview, PowerListVersion } from '@fazhi/core/contracts';
import type { Actor } from '../../../platform/access/actor';
import { abilities, authorize, policyContext } from '../../../platform/access/policy';
import { can, scopeFilter } from '../../../platform/access/scope';
import { countUpTo, pageOf, pageSlice } from '../../../platform/db/paginate';
import { notFound } from '../../../platform/errors';
import type { Services } from '../../../platform/services';
import { powerListPolicy } from '../policy';
import type { Db } from '../../../platform/db/connection';
import { inVersion, itemColumns, listRecord, listRegion, presentItem, versionStanding, type ItemRow } from '../support';

/** The list's region, refused (403) to someone who reads no list at all. */
async function readable(services: Services, actor: Actor, listKind: ListKind | null, regionCode: string | undefined) {
  const region = await listRegion(services.db, actor, regionCode);
  authorize(
    policyContext(services.registry.grants, actor),
    powerListPolicy,
    'read',
    listRecord(region, listKind ?? 'powers'),
  );
  return region;
}

export async function powerListOverview(
  services: Services,
  actor: Actor,
  regionCode?: string,
): Promise<PowerListOverview> {
  const region = await readable(services, actor, null, regionCode);
  const today = services.clock.today();
  const p = policyContext(services.registry.grants, actor);
  const lists = [];
  for (const listKind of listKinds) {
    const s = await versionStanding(services.db, region.code, listKind, today);
    const def = listKindDefs[listKind];
    const inForce = s.versions.find((v) => v.version_no === s.inForce);
    lists.push({
      listKind,
      label: def.label,
      basis: def.basis,
      columns: def.columns.map((c) => ({ ...c, options: 'options' in c ? [...c.options] : undefined })),
      itemKinds: [...def.itemKinds],
      versionInForce: s.inForce,
      newestVersion: s.newest,
      itemsInForce: inForce?.item_count ?? 0,
      abilities: abilities(p, powerListPolicy, listRecord(region, listKind)),
    });
  }
  return {
    regionCode: region.code,
    regionName: region.name,
    lists,
    adjustableBodies: await adjustableBodies(services, actor, region.path),
  };
}

/** The units of the region (townships below it included) whose items the actor may adjust, in the tree's order. */
async function adjustableBodies(services: Services, actor: Actor, regionPath: string) {
  const units = await services.db
    .selectFrom('orgs as o')
    .innerJoin('regions as r', 'r.code', 'o.region_code')
    .select(['o.id', 'o.name', 'o.path', 'r.path as region_path'])
    .where('o.kind', '!=', 'internal_office')
    .where(sql<boolean>`r.path LIKE ${`${regionPath}%`}`)
    .orderBy('o.sort_order')
    .orderBy('o.name')
    .execute();
  return units
    .filter((u) =>
      can(services.registry.grants, actor, 'power_list.adjust', {
        orgId: u.id,
        orgPath: u.path,
        regionPath: u.region_path,
      }),
    )
    .map((u) => ({ id: u.id, name: u.name }));
}

export async function listVersions(services: Services, actor: Actor, listKind: ListKind, regionCode?: string) {
  const region = await readable(services, actor, listKind, regionCode);
  const s = await versionStanding(services.db, region.code, listKind, services.clock.today());
  const items: PowerListVersion[] = s.versions
    .map((v) => ({
      id: v.id,
      versionNo: v.version_no,
      adjustmentKind: v.adjustment_kind,
      adjustmentKindLabel: adjustmentKindLabels[v.adjustment_kind],
      reason: v.reason,
      approvedBy: v.approved_by,
      approvedOn: v.approved_on,
      effectiveOn: v.effective_on,
      standing:
        v.version_no === s.inForce
          ? ('in_force' as const)
          : s.inForce !== null && v.version_no < s.inForce
            ? ('superseded' as const)
            : ('pending' as const),
      itemCount: v.item_count,
      recordedAt: v.created_at.toISOString(),
      isDemo: v.is_demo,
    }))
    .reverse();
  return { items };
}

export interface ItemFilter {
  q?: string;
  itemKind?: string;
  implementingOrgId?: string;
}

/** The words' condition on an item (aliased i): null without words, false when the words hold no term. */
export function wordsCondition(text: string | undefined) {
  if (!text) return null;
  const tsq = termsQuery(queryTerms(text));
  return tsq === null ? sql<boolean>`false` : sql<boolean>`i.search_vector @@ to_tsquery('simple', ${tsq})`;
}

/** The filter's conditions on an item (aliased i): words, kind, body. */
export function filterConditions(f: ItemFilter) {
  const words = wordsCondition(f.q);
  return [
    ...(words ? [words] : []),
    ...(f.itemKind ? [sql<boolean>`i.item_kind = ${f.itemKind}`] : []),
    ...(f.implementingOrgId ? [sql<boolean>`i.body_org_id = ${f.implementingOrgId}`] : []),
  ];
}

/** One version's items (aliased i, with their body o), filtered by words, kind and body; ordered by code. */
export function versionItems(db: Db, regionCode: string, listKind: ListKind, version: number, f: ItemFilter) {
  let q = db
    .selectFrom('power_list_items as i')
    .innerJoin('orgs as o', 'o.id', 'i.body_org_id')
    .where('i.region_code', '=', regionCode)
    .where('i.list_kind', '=', listKind)
    .where(inVersion(version));
  for (const c of filterConditions(f)) q = q.where(c);
  return q;
}

export async function listItems(
  services: Services,
  actor: Actor,
  listKind: ListKind,
  query: ItemFilter & { regionCode?: string; version?: number; page: number; pageSize: number },
): Promise<PowerListItemPage> {
  const region = await readable(services, actor, listKind, query.regionCode);
  const s = await versionStanding(services.db, region.code, listKind, services.clock.today());
  const version = query.version ?? s.newest;
  if (version === null) return { ...pageOf(query, 0, []), versionNo: null };
  if (s.newest === null || version > s.newest) throw notFound(`第${version}版${listKindDefs[listKind].label}`);
  const base = versionItems(services.db, region.code, listKind, version, query).where(
    scopeFilter(services.registry.grants, actor, 'power_list.read', 'i.body_org_id'),
  );
  const { total } = await countUpTo(services.db, base.select('i.id'));
  const rows = (await base
    .select(itemColumns)
    .orderBy('i.code')
    .limit(pageSlice(query).limit)
    .offset(pageSlice(query).offset)
    .execute()) as ItemRow[];
  return { ...pageOf(query, total, rows.map(presentItem)), versionNo: version };
}

export async function getItem(
  services: Services,
  actor: Actor,
  listKind: ListKind,
  code: string,
  q: { regionCode?: string; version?: number },
) {
  const region = await readable(services, actor, listKind, q.regionCode);
  const s = await versionStanding(services.db, region.code, listKind, services.clock.today());
  const version = q.version ?? s.newest;
  const row = version
    ? ((await versionItems(services.db, region.code, listKind, version, {})
        .where('i.code', '=', code)
        .where(scopeFilter(services.registry.grants, actor, 'power_list.read', 'i.body_org_id'))
        .select(itemColumns)
        .executeTakeFirst()) as ItemRow | undefined)
    : undefined;
  if (!row) throw notFound(`事项${code}`);
  return presentItem(row);
}
