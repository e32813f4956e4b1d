import { randomUUID } from 'node:crypto';
import { invalid } from '../../../platform/errors';
import { can } from '../../../platform/access/scope';
import { authorizeAs } from '../../../platform/access/policy';
import { directoryPolicy, orgPolicy } from '../policy';
import { inWriteTransaction, type Tx, type WriteContext } from '../../../platform/write';
import type { Services } from '../../../platform/services';
import { orgKindLabels, type OrgKindCode } from '../schemas';

export interface CreateOrgInput {
  regionCode: string;
  parentId?: string | null | undefined;
  name: string;
  shortName?: string | null | undefined;
  kind: OrgKindCode;
  uscc?: string | null | undefined;
  sortOrder?: number | undefined;
  isDemo?: boolean;
}

/** Inserts an organisation inside an open transaction, checking the tree rules; shared by the API and the import. */
export async function insertOrg(tx: Tx, input: CreateOrgInput) {
  const region = await tx
    .selectFrom('regions')
    .select(['code', 'path'])
    .where('code', '=', input.regionCode)
    .executeTakeFirst();
  if (!region)
    throw invalid('REGION_NOT_FOUND', `行政区划 ${input.regionCode} 不存在`, [
      { path: 'regionCode', message: '行政区划不存在' },
    ]);
  const id = randomUUID();
  let path = `/${id}/`;
  if (input.parentId) {
    const parent = await tx
      .selectFrom('orgs as o')
      .innerJoin('regions as r', 'r.code', 'o.region_code')
      .select(['o.id', 'o.path', 'o.kind', 'r.path as region_path'])
      .where('o.id', '=', input.parentId)
      .executeTakeFirst();
    if (!parent)
      throw invalid('PARENT_ORG_NOT_FOUND', '上级单位不存在', [{ path: 'parentId', message: '上级单位不存在' }]);
    // An org sits in its parent's region or in a region below it (a township government under the county).
    if (!region.path.startsWith(parent.region_path)) {
      throw invalid('ORG_REGION_MISMATCH', '单位所属区划须与上级单位相同或在其下级', [
        { path: 'regionCode', message: '区划与上级单位不一致' },
      ]);
    }
    if (parent.kind === 'internal_office' && input.kind !== 'internal_office') {
      throw invalid('ORG_KIND_MISMATCH', '内设机构下只能设内设机构', [
        { path: 'kind', message: '内设机构下只能设内设机构' },
      ]);
    }
    path = `${parent.path}${id}/`;
  } else if (input.kind === 'internal_office') {
    throw invalid('ORG_KIND_MISMATCH', '内设机构必须有上级单位', [
      { path: 'parentId', message: '内设机构必须有上级单位' },
    ]);
  }
  await tx
    .insertInto('orgs')
    .values({
      id,
      region_code: input.regionCode,
      parent_id: input.parentId ?? null,
      name: input.name,
      short_name: input.shortName ?? null,
      kind: input.kind,
      uscc: input.uscc ?? null,
      path,
      sort_order: input.sortOrder ?? 0,
      is_demo: input.isDemo ?? false,
    })
    .execute();
  return { id, path };
}

export async function createOrg(services: Services, ctx: WriteContext, input: CreateOrgInput) {
  const g = services.registry.grants;
  // A null actor is the system itself (CLI, demo seed); every HTTP route passes a signed-in actor.
  if (!ctx.actor) {
    // no permission check for the system context
  } else if (input.parentId) {
    const parent = await services.db
      .selectFrom('orgs as o')
      .innerJoin('regions as r', 'r.code', 'o.region_code')
      .select(['o.id', 'o.path', 'r.path as region_path'])
      .where('o.id', '=', input.parentId)
      .executeTakeFirst();
    if (
      !parent ||
      !can(g, ctx.actor, 'org.read', { orgId: parent.id, orgPath: parent.path, regionPath: parent.region_path })
    ) {
      throw invalid('PARENT_ORG_NOT_FOUND', '上级单位不存在', [{ path: 'parentId', message: '上级单位不存在' }]);
    }
    authorizeAs(g, ctx.actor, orgPolicy, 'createChild', {
      orgId: parent.id,
      orgPath: parent.path,
      regionPath: parent.region_path,
    });
  } else {
    authorizeAs(g, ctx.actor, directoryPolicy, 'createTopLevelOrg', null);
  }
  return inWriteTransaction(services, ctx, async (w) => {
    const { id } = await insertOrg(w.tx, input);
    await w.audit({
      regionCode: input.regionCode,
      action: 'org.created',
      subjectType: 'org',
      subjectId: id,
      summary: `新增单位 ${input.name}（${orgKindLabels[input.kind]}）`,
      changes: { name: input.name, kind: input.kind, parentId: input.parentId ?? null, uscc: input.uscc ?? null },
    });
    return { id };
  });
}
