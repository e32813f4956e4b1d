// The scope rule in one place. The server's SQL scope builder mirrors this predicate; the scope-matrix tests check
// that both agree for the same unit, a sibling unit, a parent unit, another region and the anonymous public.
import type { Role, ScopeKind } from './roles';

/** A role held at an organisation. Paths are materialised: orgPath '/<rootId>/…/<orgId>/', regionPath
 * '/150000/150200/150202/'. */
export interface RoleAssignment {
  role: Role;
  scope: ScopeKind;
  orgId: string;
  orgPath: string;
  regionCode: string;
  regionPath: string;
}

/** Where a record lives: its owning organisation and that organisation's region. */
export interface ScopeTarget {
  orgId: string;
  orgPath: string;
  regionPath: string;
}

export function assignmentCovers(a: RoleAssignment, t: ScopeTarget): boolean {
  switch (a.scope) {
    case 'own_org':
      return t.orgId === a.orgId;
    case 'org_subtree':
      return t.orgPath.startsWith(a.orgPath);
    case 'region_subtree':
      return t.regionPath.startsWith(a.regionPath);
    case 'platform':
      return true;
  }
}

/** Role → actions, composed by the server from the module manifests. */
export type Grants = ReadonlyMap<Role, ReadonlySet<string>>;

export function roleGrants(grants: Grants, role: Role, action: string): boolean {
  return grants.get(role)?.has(action) ?? false;
}

/** The assignments through which an actor may perform `action` at all (anywhere). */
export function assignmentsFor(grants: Grants, assignments: readonly RoleAssignment[], action: string) {
  return assignments.filter((a) => roleGrants(grants, a.role, action));
}

export function mayPerform(
  grants: Grants,
  assignments: readonly RoleAssignment[],
  action: string,
  target: ScopeTarget,
): boolean {
  return assignmentsFor(grants, assignments, action).some((a) => assignmentCovers(a, target));
}
