// THE scope chokepoint. Every list, detail and write query that touches unit-owned rows filters through
// `scopeFilter`, which builds "the organisations this actor may act on for this action" from the actor's role
// assignments — own unit, unit subtree, region subtree, or platform — exactly as core's assignmentCovers() decides
// for a single record. The scope-matrix tests hold the two to the same answers.
import { assignmentsFor, mayPerform, type Grants, type ScopeTarget } from '@fazhi/core/access';
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Db } from '../db/connection';
import type { Actor } from './actor';

function likePrefix(path: string): string {
  return path.replace(/[\\%_]/g, (c) => `\\${c}`) + '%';
}

/** A SQL condition true for rows whose owning org (`orgIdColumn`) the actor may reach for `action`. */
export function scopeFilter(
  grants: Grants,
  actor: Actor | null,
  action: string,
  orgIdColumn: string,
): RawBuilder<SqlBool> {
  if (!actor) return sql<SqlBool>`false`;
  const via = assignmentsFor(grants, actor.assignments, action);
  if (via.length === 0) return sql<SqlBool>`false`;
  if (via.some((a) => a.scope === 'platform')) return sql<SqlBool>`true`;
  const conds = via.map((a) => {
    switch (a.scope) {
      case 'own_org':
        return sql`so.id = ${a.orgId}::uuid`;
      case 'org_subtree':
        return sql`so.path LIKE ${likePrefix(a.orgPath)}`;
      default:
        return sql`so.region_code IN (SELECT sr.code FROM regions sr WHERE sr.path LIKE ${likePrefix(a.regionPath)})`;
    }
  });
  return sql<SqlBool>`${sql.ref(orgIdColumn)} IN (SELECT so.id FROM orgs so WHERE ${sql.join(conds, sql` OR `)})`;
}

/** Regions the actor reaches for `action` (for region-keyed records such as calendars and audit chains). */
export function regionScopeFilter(grants: Grants, actor: Actor | null, action: string, regionColumn: string) {
  if (!actor) return sql<SqlBool>`false`;
  const via = assignmentsFor(grants, actor.assignments, action);
  if (via.length === 0) return sql<SqlBool>`false`;
  if (via.some((a) => a.scope === 'platform')) return sql<SqlBool>`true`;
  const conds = via.map((a) =>
    a.scope === 'region_subtree' ? sql`sr.path LIKE ${likePrefix(a.regionPath)}` : sql`sr.code = ${a.regionCode}`,
  );
  return sql<SqlBool>`${sql.ref(regionColumn)} IN (SELECT sr.code FROM regions sr WHERE ${sql.join(conds, sql` OR `)})`;
}

/** Where an organisation sits, for single-record checks. */
export async function orgTarget(db: Db, orgId: string): Promise<ScopeTarget | null> {
  const row = await db
    .selectFrom('orgs as o')
    .innerJoin('regions as r', 'r.code', 'o.region_code')
    .select(['o.id', 'o.path', 'r.path as region_path'])
    .where('o.id', '=', orgId)
    .executeTakeFirst();
  return row ? { orgId: row.id, orgPath: row.path, regionPath: row.region_path } : null;
}

export function can(grants: Grants, actor: Actor | null, action: string, target: ScopeTarget): boolean {
  return actor !== null && mayPerform(grants, actor.assignments, action, target);
}

/** Whether the actor holds `action` anywhere at all (for menus and create buttons). */
export function holdsAnywhere(grants: Grants, actor: Actor | null, action: string): boolean {
  return actor !== null && assignmentsFor(grants, actor.assignments, action).length > 0;
}
