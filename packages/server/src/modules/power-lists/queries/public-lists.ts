// The portal's lists (issue 16 item 3: 向社会公布): the version in force today of the portal region's list, searched
// by words (core search-terms.ts), kind and body, in code order. Public data: no actor, no scope; only the version
// in force is ever shown, never a later one approved but not yet in effect.
import { sql } from 'kysely';
import { listKindDefs, type ListKind } from '@fazhi/core/power-lists';
import type { PublicPowerListPage } from '@fazhi/core/contracts';
import { countUpTo, pageOf, pageSlice } from '../../../platform/db/paginate';
import { portalIdentity } from '../../../platform/portal/routes';
import type { Services } from '../../../platform/services';
import { inVersion, itemColumns, presentItem, versionStanding, type ItemRow } from '../support';
import { filterConditions, versionItems, type ItemFilter } from './lists';

/** The portal says 超过500项 past this many matches: nobody pages further, they add a word. */
const PUBLIC_COUNT_CAP = 500;

export async function listPublicItems(
  services: Services,
  listKind: ListKind,
  query: ItemFilter & { page: number; pageSize: number },
): Promise<PublicPowerListPage> {
  const portal = await portalIdentity(services);
  const head = {
    listKind,
    label: listKindDefs[listKind].label,
    regionName: portal.regionName ?? '',
    totalCapped: false,
  };
  const s = portal.regionCode
    ? await versionStanding(services.db, portal.regionCode, listKind, services.clock.today())
    : null;
  if (!portal.regionCode || !s || s.inForce === null)
    return { ...pageOf(query, 0, []), ...head, versionNo: null, effectiveOn: null };
  const version = s.versions.find((v) => v.version_no === s.inForce)!;
  const { limit, offset } = pageSlice(query);
  const base = versionItems(services.db, portal.regionCode, listKind, s.inForce, query);
  let page: { total: number; capped: boolean; rows: ItemRow[] };
  if (query.q) {
    const matched = await firstMatches(services, portal.regionCode, listKind, s.inForce, version.item_count, query);
    const total = Math.min(matched.length, PUBLIC_COUNT_CAP);
    const capped = matched.length > PUBLIC_COUNT_CAP;
    const ids = matched.slice(offset, offset + limit);
    // a page past the counted matches (only by a typed address) is read the plain way
    const rows =
      capped && offset + limit > matched.length
        ? await base.select(itemColumns).orderBy('i.code').limit(limit).offset(offset).execute()
        : ids.length
          ? await versionItems(services.db, portal.regionCode, listKind, s.inForce, {})
              .select(itemColumns)
              .where('i.id', 'in', ids)
              .orderBy('i.code')
              .execute()
          : [];
    page = { total, capped, rows: rows as ItemRow[] };
  } else {
    // counted in code order, so a filter matching most items stops at the cap instead of gathering every match first
    const { total, capped } = await countUpTo(services.db, base.select('i.id').orderBy('i.code'), PUBLIC_COUNT_CAP);
    const rows = await base.select(itemColumns).orderBy('i.code').limit(limit).offset(offset).execute();
    page = { total, capped, rows: rows as ItemRow[] };
  }
  return {
    ...pageOf(query, page.total, page.rows.map(presentItem)),
    ...head,
    totalCapped: page.capped,
    versionNo: s.inForce,
    effectiveOn: version.effective_on,
  };
}

/** Items read in code order before a search turns to the words' index (firstMatches), and how much further. */
const CODE_ORDER_READ = 1_000;
const FURTHER = 6;

/**
 * The ids of the first matches of a search in code order, up to one past the count's cap. A phrase whose every CJK
 * pair is common (中华人民共和国: each of its six pairs in most items) costs the GIN index an intersection of six
 * long posting lists and then a sort of most of the list (678 ms at 200,000 items, docs/scaling.md); walking the
 * list in code order finds its first few hundred matches within a few hundred items. So the first CODE_ORDER_READ
 * items in code order are read first (every filter tested on each, so the rows read stay bounded whatever the
 * filter); they answer when they hold more matches than the count's cap or are the whole version. Only a search
 * with fewer matches than that, which the index answers quickly, goes to the index. `read` is that bound (a test
 * lowers it to compare the two ways on a small list).
 */
export async function firstMatches(
  services: Services,
  regionCode: string,
  listKind: ListKind,
  version: number,
  itemCount: number,
  f: ItemFilter,
  read = CODE_ORDER_READ,
): Promise<string[]> {
  const db = services.db;
  const hit = sql.join(filterConditions(f), sql` AND `);
  const inCodeOrder = (bound: number) =>
    db
      .selectFrom('power_list_items as i')
      .select(['i.id', 'i.code', sql<boolean>`${hit}`.as('hit')])
      .where('i.region_code', '=', regionCode)
      .where('i.list_kind', '=', listKind)
      .where(inVersion(version))
      .orderBy('i.code')
      .limit(bound);
  const matchesWithin = async (bound: number) =>
    (
      await sql<{ id: string }>`SELECT p.id FROM ${inCodeOrder(bound)} AS p WHERE p.hit ORDER BY p.code
        LIMIT ${PUBLIC_COUNT_CAP + 1}`.execute(db)
    ).rows.map((r) => r.id);
  let bound = read;
  let ids = await matchesWithin(bound);
  // a phrase in about one item in ten (a law's name: 建设工程质量管理条例) is still cheaper read on in code order than
  // through the index's long posting lists: read six times as far when the first rows promise the cap within them
  if (ids.length <= PUBLIC_COUNT_CAP && itemCount > bound && ids.length * FURTHER * 0.8 > PUBLIC_COUNT_CAP) {
    bound = read * FURTHER;
    ids = await matchesWithin(bound);
  }
  if (ids.length > PUBLIC_COUNT_CAP || itemCount <= bound) return ids;
  const indexed = await versionItems(db, regionCode, listKind, version, f)
    .select('i.id')
    .orderBy('i.code')
    .limit(PUBLIC_COUNT_CAP + 1)
    .execute();
  return indexed.map((r) => r.id);
}
