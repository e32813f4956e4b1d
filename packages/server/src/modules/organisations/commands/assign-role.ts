import { randomUUID } from 'node:crypto';
import { roleLabels, scopeKindLabels, type Role, type ScopeKind } from '@fazhi/core/access';
import type { Actor } from '../../../platform/access/actor';
import { can, orgTarget } from '../../../platform/access/scope';
import { authorize, authorizeAs, policyContext } from '../../../platform/access/policy';
import { conflict, invalid, notFound } from '../../../platform/errors';
import { inWriteTransaction, type Tx, type WriteContext, type Writer } from '../../../platform/write';
import type { Services } from '../../../platform/services';
import { grantPolicy, userPolicy } from '../policy';
import { organisationEvents, ROLES_CHANGED, type RolesChangedPayload } from '../events';
import { loadUserInScope } from '../queries/get-user';

export interface AssignmentInput {
  role: Role;
  orgId: string;
  scope: ScopeKind;
}

/** No one grants more than they hold: the granter must hold role.assign over the organisation, a region-wide scope
 * only inside a region they reach region-wide, and the platform scope only from a platform assignment. */
export async function assertMayGrant(
  services: Services,
  actor: Actor | null,
  a: AssignmentInput,
  field = 'assignments',
) {
  const g = services.registry.grants;
  if (a.scope === 'platform') {
    authorizeAs(g, actor, grantPolicy, 'grantScope', { scope: a.scope, target: null });
    return;
  }
  const target = await orgTarget(services.db, a.orgId);
  if (!target || !can(g, actor, 'org.read', target)) {
    throw invalid('ORG_NOT_FOUND', '任职单位不存在', [{ path: `${field}.orgId`, message: '任职单位不存在' }]);
  }
  authorizeAs(g, actor, grantPolicy, 'assignAtUnit', { scope: a.scope, target });
  authorizeAs(g, actor, grantPolicy, 'grantScope', { scope: a.scope, target });
}

export async function insertAssignment(
  w: Writer | { tx: Tx; audit: Writer['audit'] },
  userId: string,
  username: string,
  regionCode: string | null,
  a: AssignmentInput,
) {
  const org =
    a.scope === 'platform'
      ? null
      : await w.tx
          .selectFrom('orgs')
          .select(['id', 'name', 'region_code'])
          .where('id', '=', a.orgId)
          .executeTakeFirstOrThrow();
  const dup = await w.tx
    .selectFrom('role_assignments')
    .select('id')
    .where('user_id', '=', userId)
    .where('role', '=', a.role)
    .where((eb) => (org ? eb('org_id', '=', org.id) : eb('org_id', 'is', null)))
    .executeTakeFirst();
  if (dup) throw conflict('ROLE_ALREADY_ASSIGNED', `该用户在该单位已有「${roleLabels[a.role]}」角色`);
  const id = randomUUID();
  await w.tx
    .insertInto('role_assignments')
    .values({
      id,
      user_id: userId,
      role: a.role,
      scope: a.scope,
      org_id: org?.id ?? null,
      region_code: org?.region_code ?? null,
    })
    .execute();
  await w.audit({
    regionCode: org?.region_code ?? regionCode,
    action: 'role.assigned',
    subjectType: 'user',
    subjectId: userId,
    summary: `为 ${username} 分配角色「${roleLabels[a.role]}」（${org?.name ?? '全平台'}，${scopeKindLabels[a.scope]}）`,
    changes: { assignmentId: id, role: a.role, orgId: org?.id ?? null, scope: a.scope },
  });
  return id;
}

export async function assignRole(services: Services, ctx: WriteContext, userId: string, a: AssignmentInput) {
  const found = await loadUserInScope(services, ctx.actor, userId);
  if (!found) throw notFound('用户');
  authorize(policyContext(services.registry.grants, ctx.actor), userPolicy, 'assignRole', found.record);
  await assertMayGrant(services, ctx.actor, a, 'orgId');
  return inWriteTransaction(services, ctx, async (w) => {
    const id = await insertAssignment(w, userId, found.row.username, found.row.home_region_code, a);
    const org = await w.tx
      .selectFrom('orgs')
      .select(['name', 'region_code'])
      .where('id', '=', a.orgId)
      .executeTakeFirst();
    const payload: RolesChangedPayload = {
      userId,
      change: 'assigned',
      role: a.role,
      scope: a.scope,
      orgName: a.scope === 'platform' ? '全平台' : (org?.name ?? ''),
      by: ctx.actor?.displayName ?? null,
    };
    await w.emit(organisationEvents, org?.region_code ?? found.row.home_region_code ?? '000000', ROLES_CHANGED, {
      ...payload,
    });
    return id;
  });
}
