import { diff } from '../../../platform/audit/write';
import { authorize, policyContext } from '../../../platform/access/policy';
import { notFound } from '../../../platform/errors';
import { inWriteTransaction, type WriteContext } from '../../../platform/write';
import type { Services } from '../../../platform/services';
import { orgPolicy } from '../policy';
import { loadOrgInScope } from '../queries/get-org';

export interface UpdateOrgInput {
  name?: string | undefined;
  shortName?: string | null | undefined;
  uscc?: string | null | undefined;
  sortOrder?: number | undefined;
}

export async function updateOrg(services: Services, ctx: WriteContext, orgId: string, input: UpdateOrgInput) {
  const org = await loadOrgInScope(services, ctx.actor, orgId);
  if (!org) throw notFound('单位');
  authorize(policyContext(services.registry.grants, ctx.actor), orgPolicy, 'update', org.target);
  return inWriteTransaction(services, ctx, async (w) => {
    const changes = diff({ name: org.name, shortName: org.shortName, uscc: org.uscc, sortOrder: org.sortOrder }, input);
    await w.tx
      .updateTable('orgs')
      .set({
        name: input.name,
        short_name: input.shortName,
        uscc: input.uscc,
        sort_order: input.sortOrder,
        updated_at: w.clock.now(),
      })
      .where('id', '=', orgId)
      .execute();
    await w.audit({
      regionCode: org.regionCode,
      action: 'org.updated',
      subjectType: 'org',
      subjectId: orgId,
      summary: `修改单位 ${input.name ?? org.name}`,
      changes,
    });
  });
}
