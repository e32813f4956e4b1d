import { maskIdNumber, maskMobile } from '@fazhi/core/identifiers';
import { roleLabels, scopeKindLabels, isRole } from '@fazhi/core/access';
import type { Actor } from '../../../platform/access/actor';
import { abilities, policyContext } from '../../../platform/access/policy';
import { scopeFilter } from '../../../platform/access/scope';
import type { Services } from '../../../platform/services';
import { userPolicy, type UserRecord } from '../policy';
import type { UserDetail } from '@fazhi/core/contracts';

export async function loadUserInScope(services: Services, actor: Actor | null, userId: string) {
  const row = await services.db
    .selectFrom('users as u')
    .innerJoin('orgs as o', 'o.id', 'u.home_org_id')
    .innerJoin('regions as r', 'r.code', 'o.region_code')
    .selectAll('u')
    .select(['o.name as org_name', 'o.path as org_path', 'r.path as region_path'])
    .where('u.id', '=', userId)
    .where(scopeFilter(services.registry.grants, actor, 'user.read', 'u.home_org_id'))
    .executeTakeFirst();
  if (!row) return null;
  const record: UserRecord = {
    userId: row.id,
    orgId: row.home_org_id ?? '',
    orgPath: row.org_path,
    regionPath: row.region_path,
    locked: row.locked_until !== null && row.locked_until.getTime() > services.clock.now().getTime(),
    disabled: row.disabled_at !== null,
  };
  return { row, record };
}

export async function getUser(services: Services, actor: Actor | null, userId: string): Promise<UserDetail | null> {
  const found = await loadUserInScope(services, actor, userId);
  if (!found) return null;
  const { row, record } = found;
  const p = policyContext(services.registry.grants, actor);
  const may = abilities(p, userPolicy, record);
  const reveal = (enc: string | null, mask: (v: string) => string) => {
    if (!enc) return null;
    const plain = services.cipher.decrypt(enc);
    return may.readIdentifiers ? plain : mask(plain);
  };
  const assignments = await services.db
    .selectFrom('role_assignments as ra')
    .leftJoin('orgs as o', 'o.id', 'ra.org_id')
    .select(['ra.id', 'ra.role', 'ra.scope', 'ra.org_id', 'o.name as org_name'])
    .where('ra.user_id', '=', userId)
    .orderBy('ra.created_at')
    .execute();
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    orgId: row.home_org_id,
    orgName: row.org_name,
    idNumber: reveal(row.id_number_enc, maskIdNumber),
    mobile: reveal(row.mobile_enc, maskMobile),
    identifiersMasked: !may.readIdentifiers,
    locked: record.locked,
    lockedUntil: record.locked && row.locked_until ? row.locked_until.toISOString() : null,
    disabled: record.disabled,
    mustChangePassword: row.must_change_password,
    lastLoginAt: row.last_login_at?.toISOString() ?? null,
    isDemo: row.is_demo,
    assignments: assignments.map((a) => ({
      id: a.id,
      role: a.role,
      roleLabel: isRole(a.role) ? roleLabels[a.role] : a.role,
      scope: a.scope,
      scopeLabel: scopeKindLabels[a.scope],
      orgId: a.org_id,
      orgName: a.org_name ?? '全平台',
    })),
    abilities: may,
  };
}
