// 行政复议人员 (第三十六条、第四十五条): the office's staff who may be named a case's handlers — active users holding,
// at the office or one of its internal offices (行政复议与应诉科), a role that carries the module's handling action.
import { sql } from 'kysely';
import type { Db } from '../../platform/db/connection';
import type { Services } from '../../platform/services';
import type { Tx } from '../../platform/write';

export async function handlerChoices(services: Services, db: Db | Tx, officeOrgId: string) {
  const roles = [...services.registry.grants.entries()]
    .filter(([, actions]) => actions.has('reconsideration.handle'))
    .map(([role]) => role);
  if (roles.length === 0) return [];
  return db
    .selectFrom('users as u')
    .innerJoin('role_assignments as ra', 'ra.user_id', 'u.id')
    .innerJoin('orgs as o', 'o.id', 'ra.org_id')
    .innerJoin('orgs as office', (j) => j.on('office.id', '=', officeOrgId))
    .select(['u.id', 'u.display_name as name'])
    .distinct()
    .where(sql<boolean>`o.path LIKE office.path || '%'`)
    .where('ra.role', 'in', roles)
    .where('u.disabled_at', 'is', null)
    .orderBy('u.display_name')
    .execute();
}
