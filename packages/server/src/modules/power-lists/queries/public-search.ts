// The portal's search box: the items of the lists in force that match the words, a few per list, each linking to
// its list on the portal searched by its code.
import { listKinds } from '@fazhi/core/power-lists';
import { portalPath, powerListsPortal } from '@fazhi/core/modules';
import type { PublicSearchHit } from '../../../platform/modules/manifest';
import type { Services } from '../../../platform/services';
import { listPublicItems } from './public-lists';

export async function publicItemSearch(
  services: Services,
  query: { q: string; regionCode: string | null },
): Promise<PublicSearchHit[]> {
  if (!query.regionCode) return [];
  const hits: PublicSearchHit[] = [];
  for (const listKind of listKinds) {
    const page = await listPublicItems(services, listKind, { q: query.q, page: 1, pageSize: 3 });
    for (const i of page.items)
      hits.push({
        title: i.name,
        snippet: [i.code, i.itemKindLabel, i.bodyName, i.legalBases.map((b) => `${b.law}${b.article}`).join('；')]
          .filter(Boolean)
          .join(' · '),
        path: `${portalPath(powerListsPortal['power-lists'].page)}?list=${listKind}&q=${encodeURIComponent(i.code)}`,
        kind: page.label,
      });
  }
  return hits;
}
