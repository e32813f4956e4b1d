// 设置检索同义词: the system administrator of a region sets the words its search treats as one (a region setting,
// audited like every other setting change).
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext } from '../../../../platform/write';
import { SYNONYMS_KEY, synonymRegion } from '../queries/search-synonyms';

export async function setSearchSynonyms(
  services: Services,
  ctx: WriteContext,
  input: { regionCode: string; groups: string[][] },
) {
  return inWriteTransaction(services, ctx, async (w) => {
    const region = await synonymRegion(services, w.tx, ctx.actor, input.regionCode);
    // each group once, each word once (the list is read by people, so its order is kept)
    const groups = input.groups.map((g) => [...new Set(g)]).filter((g) => g.length >= 2);
    const value = JSON.stringify(groups);
    await w.tx
      .insertInto('region_settings')
      .values({ region_code: region.code, key: SYNONYMS_KEY, value, source: '检索同义词（系统管理员维护）' })
      .onConflict((oc) => oc.columns(['region_code', 'key']).doUpdateSet({ value, updated_at: w.clock.now() }))
      .execute();
    await w.audit({
      regionCode: region.code,
      action: 'normative_search.synonyms_set',
      subjectType: 'region',
      subjectId: region.code,
      summary: `设置${region.name}规范性文件检索同义词（${groups.length}组）`,
      changes: { groups },
    });
    return { regionCode: region.code, groups };
  });
}
