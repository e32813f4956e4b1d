// The portal's 事前公示 (行政处罚法第三十九条): the bodies of the portal's region with a list in force today, and one
// body's lists in force with search by item name or code. No actor: only versions already in force are read; a
// version scheduled for a later day is not public yet through this page.
import {
  advancePublicationBasis,
  listKindBases,
  listKindLabels,
  listKinds,
  type ListKind,
} from '@fazhi/core/enforcement-lists';
import type { PublicEnforcementLists } from '@fazhi/core/contracts';
import { portalIdentity } from '../../../platform/portal/routes';
import type { PublicSearchHit } from '../../../platform/modules/manifest';
import type { Services } from '../../../platform/services';
import { versionsInForce } from './in-force';
import { presentRow } from './lists';

/** Rows shown per list; the search narrows a longer list. */
const PUBLIC_ROWS = 200;

export async function publicEnforcementLists(
  services: Services,
  query: { enforcementBodyId?: string | undefined; kind?: ListKind | undefined; q?: string | undefined },
): Promise<PublicEnforcementLists> {
  const empty = { basis: advancePublicationBasis, bodies: [], body: null, lists: [] };
  const { regionCode } = await portalIdentity(services);
  if (!regionCode) return empty;
  const today = services.clock.today();
  const bodies = await services.db
    .selectFrom('orgs as o')
    .select(['o.id', 'o.name'])
    .where('o.region_code', '=', regionCode)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('enforcement_lists as l')
          .select('l.id')
          .whereRef('l.body_org_id', '=', 'o.id')
          .where('l.region_code', '=', regionCode)
          .where('l.effective_from', '<=', today),
      ),
    )
    .orderBy('o.path')
    .execute();
  const body = query.enforcementBodyId ? bodies.find((b) => b.id === query.enforcementBodyId) : bodies[0];
  if (!body) return { ...empty, bodies };
  const versions = await versionsInForce(
    services.db,
    regionCode,
    body.id,
    today,
    query.kind ? [query.kind] : listKinds,
  );
  const lists = [];
  for (const v of versions) {
    let rq = services.db
      .selectFrom('enforcement_list_items')
      .where('region_code', '=', regionCode)
      .where('list_id', '=', v.id);
    if (query.q) {
      const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      rq = rq.where((eb) =>
        eb.or([eb('item_name', 'like', like), eb('item_code', 'like', like), eb('content', 'like', like)]),
      );
    }
    const [rows, count] = await Promise.all([
      rq.selectAll().orderBy('seq').limit(PUBLIC_ROWS).execute(),
      rq.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    lists.push({
      kind: v.kind,
      kindLabel: listKindLabels[v.kind],
      kindBasis: listKindBases[v.kind],
      versionNo: v.version_no,
      effectiveFrom: v.effective_from,
      isDemo: v.is_demo,
      total: Number(count.n),
      rows: rows.map(presentRow),
    });
  }
  return { basis: advancePublicationBasis, bodies, body, lists };
}

/** The portal's search box: items of the region's lists in force today whose name or code holds the words, each
 * opening its body's 事前公示 page searched for them. */
export async function publicListSearchHits(
  services: Services,
  query: { q: string; regionCode: string | null },
): Promise<PublicSearchHit[]> {
  if (!query.regionCode) return [];
  const today = services.clock.today();
  const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await services.db
    .selectFrom('enforcement_list_items as i')
    .innerJoin('enforcement_lists as l', (j) =>
      j.onRef('l.region_code', '=', 'i.region_code').onRef('l.id', '=', 'i.list_id'),
    )
    .innerJoin('orgs as o', 'o.id', 'l.body_org_id')
    .select(['i.item_name', 'i.item_code', 'i.basis', 'l.kind', 'l.body_org_id', 'o.name as body_name'])
    .where('i.region_code', '=', query.regionCode)
    .where((eb) => eb.or([eb('i.item_name', 'like', like), eb('i.item_code', 'like', like)]))
    // the version in force today of its body and kind: no later version effective by today
    .where('l.effective_from', '<=', today)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('enforcement_lists as n')
            .select('n.id')
            .whereRef('n.body_org_id', '=', 'l.body_org_id')
            .whereRef('n.kind', '=', 'l.kind')
            .where('n.effective_from', '<=', today)
            .whereRef('n.version_no', '>', 'l.version_no'),
        ),
      ),
    )
    .orderBy('o.path')
    .orderBy('l.kind')
    .limit(10)
    .execute();
  return rows.map((r) => ({
    title: r.item_name,
    snippet: [r.body_name, listKindLabels[r.kind], r.item_code === '*' ? null : r.item_code, r.basis]
      .filter(Boolean)
      .join(' · '),
    path: `/enforcement-lists?${new URLSearchParams({ body: r.body_org_id, q: r.item_name.slice(0, 50) }).toString()}`,
    kind: '行政执法事前公示',
  }));
}
