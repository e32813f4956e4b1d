// The bodies a region's cases belong to: the 行政复议机关 (the region's people's government, 第二十四条) and its
// 行政复议机构 (the justice bureau, which handles the cases for it, 第四条第二款).
import type { Db } from '../../platform/db/connection';
import { invalid, notFound } from '../../platform/errors';
import { justiceBureauFor } from '../../platform/participation/support';
import type { Tx } from '../../platform/write';

export async function reconsiderationBodiesFor(db: Db | Tx, regionCode: string) {
  const region = await db.selectFrom('regions').select('code').where('code', '=', regionCode).executeTakeFirst();
  if (!region) throw notFound('行政区域');
  const body = await db
    .selectFrom('orgs')
    .select(['id', 'name'])
    .where('region_code', '=', regionCode)
    .where('kind', '=', 'government')
    .orderBy('path')
    .executeTakeFirst();
  if (!body) throw invalid('NO_RECONSIDERATION_BODY', '本行政区域尚未设置人民政府，无法受理行政复议申请');
  const office = await justiceBureauFor(db, regionCode);
  return { body, office };
}
