// 行政复议人员 (第三十六条、第四十五条): the office's staff who may be named a case's handlers — active users holding,
// at the office or one of its internal offices (行政复议与应诉科), a role that carries the module's handling action.
import { handlersProblem } from '@fazhi/core/reconsideration';
import { sql } from 'kysely';
import type { Db } from '../../platform/db/connection';
import type { FieldError } from '../../platform/errors';
import type { Services } from '../../platform/services';
import type { Tx } from '../../platform/write';
import { reconsiderationSettings } from './settings';

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

/**
 * What is wrong with naming these handlers (第三十六条第一款; 第四十五条第二款 and the region's minimum, seed 000
 * (十七): 2, 3 for a major case): each one of the office's 行政复议人员, and enough of them.
 */
export async function handlerProblems(
  services: Services,
  db: Db | Tx,
  row: { region_code: string; office_org_id: string },
  handlerIds: readonly string[],
  major: boolean,
): Promise<FieldError[]> {
  const problems: FieldError[] = [];
  const staff = new Set((await handlerChoices(services, db, row.office_org_id)).map((u) => u.id));
  if (handlerIds.some((h) => !staff.has(h)))
    problems.push({ path: 'handlerIds', message: '承办人应为本行政复议机构的行政复议人员' });
  const minimum = {
    ordinary: await reconsiderationSettings.read(db, row.region_code, 'reconsideration.handlers.minimum'),
    major: await reconsiderationSettings.read(db, row.region_code, 'reconsideration.handlers.major-minimum'),
  };
  const few = handlersProblem(handlerIds.length, major, minimum);
  if (few) problems.push({ path: 'handlerIds', message: few });
  return problems;
}
