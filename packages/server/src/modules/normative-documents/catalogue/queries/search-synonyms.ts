// 检索同义词: the words a region's search treats as one (电动车 finds 电动自行车). A region setting (region_settings
// key normative.search.synonyms, inherited down the region tree like the module's other settings); a region that has
// set none searches with the list shipped here. Kept to everyday names next to the formal ones in document titles.
import type { Actor } from '../../../../platform/access/actor';
import type { Db } from '../../../../platform/db/connection';
import { defaultSynonyms, isGroups, normativeSettings } from '../../settings';
import { regionSetting } from '../../../../platform/deadlines';
import { notFound } from '../../../../platform/errors';
import { authorizeAs } from '../../../../platform/access/policy';
import { regionSettingsPolicy } from '../../policy';
import type { Services } from '../../../../platform/services';
import type { Tx } from '../../../../platform/write';
import type { SearchSynonyms } from '@fazhi/core/contracts';

export const SYNONYMS_KEY = 'normative.search.synonyms';
export { defaultSynonyms };

/** The synonym groups a search in the region expands with. */
export async function searchSynonyms(db: Db | Tx, regionCode: string | null): Promise<readonly (readonly string[])[]> {
  if (!regionCode) return defaultSynonyms;
  return normativeSettings.read(db, regionCode, SYNONYMS_KEY);
}

/** The region the actor works in: the one asked for, else the home region, else the first assignment's. */
export function actorRegion(actor: Actor, asked?: string): string | null {
  return asked ?? actor.homeRegionCode ?? actor.assignments.find((a) => a.regionCode)?.regionCode ?? null;
}

/** A region whose synonym list the actor may set (normative.settings.manage covering the region): 404 / 403. */
export async function synonymRegion(services: Services, db: Db | Tx, actor: Actor | null, regionCode: string) {
  const region = await db
    .selectFrom('regions')
    .select(['code', 'name', 'path'])
    .where('code', '=', regionCode)
    .executeTakeFirst();
  if (!region) throw notFound('行政区划');
  authorizeAs(services.registry.grants, actor, regionSettingsPolicy, 'setSearchSynonyms', {
    regionPath: region.path,
    name: region.name,
  });
  return region;
}

export async function getSearchSynonyms(services: Services, actor: Actor, asked?: string): Promise<SearchSynonyms> {
  const regionCode = actorRegion(actor, asked);
  if (!regionCode) throw notFound('行政区划');
  const region = await synonymRegion(services, services.db, actor, regionCode);
  const set = await regionSetting(services.db, region.code, SYNONYMS_KEY);
  return {
    regionCode: region.code,
    regionName: region.name,
    groups: isGroups(set) ? set : defaultSynonyms,
    isDefault: !isGroups(set),
  };
}
