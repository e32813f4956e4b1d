// The portal's lists (issue 16 item 3: 向社会公布): the version in force today of the portal region's list, searched
// by words (core search-terms.ts), kind and body, in code order. Public data: no actor, no scope; only the version
// in force is ever shown, never a later one approved but not yet in effect.
import { listKindDefs, type ListKind } from '@fazhi/core/power-lists';
import type { PublicPowerListPage } from '@fazhi/core/contracts';
import { countUpTo, pageOf, pageSlice } from '../../../platform/db/paginate';
import { portalIdentity } from '../../../platform/portal/routes';
import type { Services } from '../../../platform/services';
import { itemColumns, presentItem, versionStanding, type ItemRow } from '../support';
import { versionItems, type ItemFilter } from './lists';

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
  const base = versionItems(services.db, portal.regionCode, listKind, s.inForce, query);
  // counted in code order, so a word in most items stops at the cap instead of gathering every match first
  const { total, capped } = await countUpTo(services.db, base.select('i.id').orderBy('i.code'), PUBLIC_COUNT_CAP);
  const { limit, offset } = pageSlice(query);
  const rows = (await base.select(itemColumns).orderBy('i.code').limit(limit).offset(offset).execute()) as ItemRow[];
  const version = s.versions.find((v) => v.version_no === s.inForce)!;
  return {
    ...pageOf(query, total, rows.map(presentItem)),
    ...head,
    totalCapped: capped,
    versionNo: s.inForce,
    effectiveOn: version.effective_on,
  };
}
