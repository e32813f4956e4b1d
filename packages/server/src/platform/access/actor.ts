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

/**
 * Actors kept in memory by user, each with the user's auth_version when it was loaded. The session query reads the
 * current version with the session (auth/sessions.ts), and the database bumps it on any change to the user, their
 * role assignments or the units and regions those sit in (migration 202612070101) — so a cached actor is used only
 * while it is still exactly the user, on every server at once. The age limit bounds memory and any change no
 * trigger sees; a full cache starts over.
 */
export function actorCache(opts: { maxAgeMs?: number; maxEntries?: number } = {}) {
  const maxAgeMs = opts.maxAgeMs ?? 60_000;
  const maxEntries = opts.maxEntries ?? 10_000;
  const entries = new Map<string, { version: string | null; loadedAt: number; actor: Actor }>();
  return {
    async actorOf(
      db: Db,
      session: {
        id: string;
        userId: string;
        activeOrgId: string | null;
        authVersion: string | null;
        disabled: boolean;
      },
    ): Promise<Actor | null> {
      if (session.disabled) {
        entries.delete(session.userId);
        return null;
      }
      let entry = entries.get(session.userId);
      if (!entry || entry.version !== session.authVersion || performance.now() - entry.loadedAt > maxAgeMs) {
        const actor = await loadActor(db, session.userId, null, null);
        if (!actor) return null;
        if (entries.size >= maxEntries) entries.clear();
        entry = { version: session.authVersion, loadedAt: performance.now(), actor };
        entries.set(session.userId, entry);
      }
      // the unit in use is the session's (a switch changes the session row, read on every request)
      return { ...entry.actor, sessionId: session.id, activeOrgId: session.activeOrgId ?? entry.actor.activeOrgId };
    },
  };
}
