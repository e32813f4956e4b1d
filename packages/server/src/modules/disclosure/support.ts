// The bodies a region's requests go to: any organisation of the region's org tree (第二十七条: 向行政机关申请获取相关
// 政府信息), and the body an applicant asks for reconsideration of its answer (《中华人民共和国行政复议法》第二十四条:
// the region's people's government for its departments; the government above for the government itself).
import type { Db } from '../../platform/db/connection';
import { invalid } from '../../platform/errors';
import type { Tx } from '../../platform/write';

export async function bodyOfRegion(db: Db | Tx, regionCode: string, bodyId: string) {
  const body = await db
    .selectFrom('orgs')
    .select(['id', 'name', 'kind', 'region_code'])
    .where('id', '=', bodyId)
    .where('region_code', '=', regionCode)
    .executeTakeFirst();
  if (!body)
    throw invalid('BODY_NOT_IN_REGION', '被申请公开的行政机关不属于本行政区域', [
      { path: 'bodyId', message: '请从本行政区域的行政机关中选择' },
    ]);
  return body;
}

/** The 行政复议机关 named in an answer's remedy. */
export async function reconsiderationBodyOf(db: Db | Tx, body: { kind: string; region_code: string }) {
  if (body.kind === 'government') return '上一级人民政府';
  const government = await db
    .selectFrom('orgs')
    .select('name')
    .where('region_code', '=', body.region_code)
    .where('kind', '=', 'government')
    .orderBy('path')
    .executeTakeFirst();
  return government?.name ?? '本级人民政府';
}
