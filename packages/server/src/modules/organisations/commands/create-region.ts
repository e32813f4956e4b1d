import { canBeChildRegion, regionLevelOf } from '@fazhi/core/identifiers';
import { conflict, invalid } from '../../../platform/errors';
import { authorizeAs } from '../../../platform/access/policy';
import { directoryPolicy } from '../policy';
import { inWriteTransaction, type WriteContext } from '../../../platform/write';
import type { Services } from '../../../platform/services';

export interface CreateRegionInput {
  code: string;
  name: string;
  parentCode?: string | null | undefined;
  isDemo?: boolean;
}

/** Adds a 行政区划 under an existing one (or as a root). Only the platform administrator shapes the region tree. */
export async function createRegion(services: Services, ctx: WriteContext, input: CreateRegionInput) {
  authorizeAs(services.registry.grants, ctx.actor, directoryPolicy, 'createRegion', null);
  const level = regionLevelOf(input.code);
  if (!level)
    throw invalid('INVALID_REGION_CODE', '行政区划代码格式不正确', [
      { path: 'code', message: '行政区划代码格式不正确' },
    ]);
  return inWriteTransaction(services, ctx, async (w) => {
    let path = `/${input.code}/`;
    if (input.parentCode) {
      const parent = await w.tx
        .selectFrom('regions')
        .select(['code', 'path'])
        .where('code', '=', input.parentCode)
        .executeTakeFirst();
      if (!parent)
        throw invalid('PARENT_REGION_NOT_FOUND', '上级行政区划不存在', [
          { path: 'parentCode', message: '上级行政区划不存在' },
        ]);
      if (!canBeChildRegion(parent.code, input.code)) {
        throw invalid('REGION_NOT_UNDER_PARENT', `区划代码 ${input.code} 不属于上级区划 ${parent.code}`, [
          { path: 'code', message: '区划代码与上级区划不一致' },
        ]);
      }
      path = `${parent.path}${input.code}/`;
    }
    const exists = await w.tx.selectFrom('regions').select('code').where('code', '=', input.code).executeTakeFirst();
    if (exists) throw conflict('REGION_EXISTS', `行政区划 ${input.code} 已存在`);
    await w.tx
      .insertInto('regions')
      .values({
        code: input.code,
        name: input.name,
        level,
        parent_code: input.parentCode ?? null,
        path,
        is_demo: input.isDemo ?? false,
      })
      .execute();
    await w.audit({
      regionCode: input.code,
      action: 'region.created',
      subjectType: 'region',
      subjectId: input.code,
      summary: `新增行政区划 ${input.name}（${input.code}）`,
      changes: { name: input.name, level, parentCode: input.parentCode ?? null },
    });
    return { code: input.code, name: input.name, level, parentCode: input.parentCode ?? null, path };
  });
}
