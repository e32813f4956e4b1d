import { roleLabels, isRole } from '@fazhi/core/access';
import { authorize, policyContext } from '../../../platform/access/policy';
import { notFound } from '../../../platform/errors';
import { inWriteTransaction, type WriteContext } from '../../../platform/write';
import type { Services } from '../../../platform/services';
import { userPolicy } from '../policy';
import { loadUserInScope } from '../queries/get-user';
import { assertMayGrant } from './assign-role';
import { organisationEvents, ROLES_CHANGED, type RolesChangedPayload } from '../events';

export async function revokeRole(services: Services, ctx: WriteContext, userId: string, assignmentId: string) {
  const found = await loadUserInScope(services, ctx.actor, userId);
  if (!found) throw notFound('用户');
  authorize(policyContext(services.registry.grants, ctx.actor), userPolicy, 'assignRole', found.record);
  const a = await services.db
    .selectFrom('role_assignments')
    .selectAll()
    .where('id', '=', assignmentId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!a || !isRole(a.role)) throw notFound('角色分配');
  const role = a.role;
  // Revoking needs the same reach as granting.
  await assertMayGrant(services, ctx.actor, { role, orgId: a.org_id ?? '', scope: a.scope });
  await inWriteTransaction(services, ctx, async (w) => {
    await w.tx.deleteFrom('role_assignments').where('id', '=', assignmentId).execute();
    await w.tx.deleteFrom('sessions').where('user_id', '=', userId).execute();
    await w.audit({
      regionCode: a.region_code ?? found.row.home_region_code,
      action: 'role.revoked',
      subjectType: 'user',
      subjectId: userId,
      summary: `撤销 ${found.row.username} 的角色「${roleLabels[role]}」`,
      changes: { assignmentId, role: a.role, orgId: a.org_id, scope: a.scope },
    });
    const org = a.org_id
      ? await w.tx.selectFrom('orgs').select('name').where('id', '=', a.org_id).executeTakeFirst()
      : undefined;
    const payload: RolesChangedPayload = {
      userId,
      change: 'revoked',
      role,
      scope: a.scope,
      orgName: org?.name ?? '全平台',
      by: ctx.actor?.displayName ?? null,
    };
    await w.emit(organisationEvents, a.region_code ?? found.row.home_region_code ?? '000000', ROLES_CHANGED, {
      ...payload,
    });
  });
}
