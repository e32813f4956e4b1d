import { isRole, type RoleAssignment } from '@fazhi/core/access';
import type { Db } from '../db/connection';

/** The signed-in person on whose behalf a request runs. The public portal runs with `actor = null`. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  assignments: RoleAssignment[];
  activeOrgId: string | null;
  homeRegionCode: string | null;
  sessionId: string | null;
  mustChangePassword: boolean;
}

export async function loadAssignments(db: Db, userId: string): Promise<RoleAssignment[]> {
  const rows = await db
    .selectFrom('role_assignments as ra')
    .leftJoin('orgs as o', 'o.id', 'ra.org_id')
    .leftJoin('regions as r', 'r.code', 'o.region_code')
    .select(['ra.role', 'ra.scope', 'ra.org_id', 'o.path as org_path', 'o.region_code', 'r.path as region_path'])
    .where('ra.user_id', '=', userId)
    .execute();
  const out: RoleAssignment[] = [];
  for (const r of rows) {
    if (!isRole(r.role)) continue; // a role retired from the catalogue grants nothing
    out.push({
      role: r.role,
      scope: r.scope,
      orgId: r.org_id ?? '',
      orgPath: r.org_path ?? '/',
      regionCode: r.region_code ?? '',
      regionPath: r.region_path ?? '/',
    });
  }
  return out;
}

export async function loadActor(db: Db, userId: string, sessionId: string | null, activeOrgId: string | null) {
  const user = await db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'home_org_id', 'home_region_code', 'must_change_password'])
    .where('id', '=', userId)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
  if (!user) return null;
  const assignments = await loadAssignments(db, userId);
  const actor: Actor = {
    userId: user.id,
    username: user.username,
    displayName: user.display_name,
    assignments,
    activeOrgId: activeOrgId ?? user.home_org_id ?? (assignments.find((a) => a.orgId)?.orgId || null),
    homeRegionCode: user.home_region_code,
    sessionId,
    mustChangePassword: user.must_change_password,
  };
  return actor;
}
