// 设置发文机关代字: the system administrator sets the issuer code used in 文号 (示政规 → 示政规〔2026〕3号).
import { isValidNumberPrefix } from '@fazhi/core/normative-documents';
import { orgTarget } from '../../../../platform/access/scope';
import { invalid, notFound } from '../../../../platform/errors';
import { authorizeAs } from '../../../../platform/access/policy';
import { unitPolicy } from '../../policy';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';

export async function setIssuerPrefix(
  services: Services,
  ctx: WriteContext,
  input: { orgId: string; numberPrefix: string },
) {
  return inWriteTransaction(services, ctx, (w) => setIssuerPrefixOn(services, w, input));
}

export async function setIssuerPrefixOn(services: Services, w: Writer, input: { orgId: string; numberPrefix: string }) {
  const org = await w.tx
    .selectFrom('orgs')
    .select(['id', 'name', 'kind', 'region_code'])
    .where('id', '=', input.orgId)
    .executeTakeFirst();
  const target = org ? await orgTarget(w.tx, org.id) : null;
  if (!org || !target) throw notFound('单位');
  authorizeAs(services.registry.grants, w.ctx.actor, unitPolicy, 'setIssuerPrefix', { target, name: org.name });
  if (org.kind === 'internal_office')
    throw invalid('ISSUER_INTERNAL_OFFICE', '内设机构不得制发规范性文件，不能设置发文机关代字', [
      { path: 'orgId', message: '不能是内设机构' },
    ]);
  if (!isValidNumberPrefix(input.numberPrefix))
    throw invalid('PREFIX_INVALID', '发文机关代字应为1至20个汉字或字母，不含括号和数字', [
      { path: 'numberPrefix', message: '格式不正确' },
    ]);
  await w.tx
    .insertInto('normative_issuers')
    .values({ region_code: org.region_code, org_id: org.id, number_prefix: input.numberPrefix })
    .onConflict((oc) =>
      oc
        .columns(['region_code', 'org_id'])
        .doUpdateSet({ number_prefix: input.numberPrefix, updated_at: w.clock.now() }),
    )
    .execute();
  await w.audit({
    regionCode: org.region_code,
    action: 'normative_issuer.prefix_set',
    subjectType: 'org',
    subjectId: org.id,
    summary: `设置${org.name}的发文机关代字为“${input.numberPrefix}”`,
    changes: { numberPrefix: input.numberPrefix },
  });
}
