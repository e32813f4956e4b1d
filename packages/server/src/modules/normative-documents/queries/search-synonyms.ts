// 检索同义词: the words a region's search treats as one (电动车 finds 电动自行车). A region setting (region_settings
// key normative.search.synonyms, inherited down the region tree like the module's other settings); a region that has
// set none searches with the list shipped here. Kept to everyday names next to the formal ones in document titles.
import type { Actor } from '../../../platform/access/actor';
import type { Db } from '../../../platform/db/connection';
import { regionSetting } from '../../../platform/deadlines';
import { forbidden, notFound } from '../../../platform/errors';
import type { Services } from '../../../platform/services';
import type { Tx } from '../../../platform/write';
import { can } from '../../../platform/access/scope';
import type { SearchSynonyms } from '@fazhi/core/contracts';

export const SYNONYMS_KEY = 'normative.search.synonyms';

/** The shipped list: the everyday name first, then the name used in titles and articles. */
export const defaultSynonyms: readonly (readonly string[])[] = [
  ['电动车', '电动自行车'],
  ['网约车', '网络预约出租汽车'],
  ['共享单车', '互联网租赁自行车'],
  ['低保', '最低生活保障'],
  ['社保', '社会保险'],
  ['医保', '医疗保障'],
  ['公积金', '住房公积金'],
  ['个体户', '个体工商户'],
  ['残障人士', '残疾人'],
  ['农民工', '进城务工人员'],
  ['物业费', '物业服务费'],
  ['廉租房', '公共租赁住房'],
];

function isGroups(v: unknown): v is string[][] {
  return Array.isArray(v) && v.every((g) => Array.isArray(g) && g.every((w) => typeof w === 'string'));
}

/** The synonym groups a search in the region expands with. */
export async function searchSynonyms(db: Db | Tx, regionCode: string | null): Promise<readonly (readonly string[])[]> {
  if (!regionCode) return defaultSynonyms;
  const set = await regionSetting(db, regionCode, SYNONYMS_KEY);
  return isGroups(set) ? set : defaultSynonyms;
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
  if (
    actor &&
    !can(services.registry.grants, actor, 'normative.settings.manage', {
      orgId: '',
      orgPath: '',
      regionPath: region.path,
    })
  )
    throw forbidden(`管理${region.name}的检索同义词`);
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
