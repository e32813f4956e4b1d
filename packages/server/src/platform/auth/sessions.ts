// Server-side sessions in PostgreSQL: the browser holds only a random token in an httpOnly, SameSite=Strict
// cookie; the table holds its SHA-256, the CSRF token and the idle clock. Any server can serve any request.
import { createHash, randomBytes } from 'node:crypto';
import type { Services } from '../services';

export const SESSION_COOKIE = 'fazhi_session';

export const tokenId = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(services: Services, userId: string, ip: string | null, userAgent: string | null) {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expires = new Date(services.clock.now().getTime() + services.config.sessionMaxHours * 3600_000);
  await services.db
    .insertInto('sessions')
    .values({
      id: tokenId(token),
      user_id: userId,
      csrf_token: csrfToken,
      ip,
      user_agent: userAgent,
      last_seen_at: services.clock.now(),
      expires_at: expires,
    })
    .execute();
  return { token, csrfToken };
}

export type SessionLookup =
  | { state: 'none' }
  | { state: 'expired' }
  | {
      state: 'active';
      id: string;
      userId: string;
      csrfToken: string;
      activeOrgId: string | null;
      /** the user's auth_version (what a cached actor must match) and whether the account is disabled */
      authVersion: string | null;
      disabled: boolean;
    };

/** Finds the session for a cookie token, ending it when idle past the timeout or past its absolute lifetime. */
export async function lookupSession(services: Services, token: string | undefined): Promise<SessionLookup> {
  if (!token) return { state: 'none' };
  const id = tokenId(token);
  // one query per request: the session with what decides whether the actor cached in memory is still the user's
  const row = await services.db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .selectAll('s')
    .select(['u.auth_version', 'u.disabled_at'])
    .where('s.id', '=', id)
    .executeTakeFirst();
  if (!row) return { state: 'none' };
  const idleMs = services.config.passwordPolicy.idleTimeoutMinutes * 60_000;
  const now = services.clock.now().getTime();
  if (row.expires_at.getTime() < now || row.last_seen_at.getTime() + idleMs < now) {
    await services.db.deleteFrom('sessions').where('id', '=', id).execute();
    return { state: 'expired' };
  }
  // Touch at most once a minute: the idle clock needs no finer grain, and it keeps reads from writing.
  if (now - row.last_seen_at.getTime() > 60_000) {
    await services.db
      .updateTable('sessions')
      .set({ last_seen_at: services.clock.now() })
      .where('id', '=', id)
      .execute();
  }
  return {
    state: 'active',
    id,
    userId: row.user_id,
    csrfToken: row.csrf_token,
    activeOrgId: row.active_org_id,
    authVersion: row.auth_version,
    disabled: row.disabled_at !== null,
  };
}

export async function endSession(services: Services, sessionId: string) {
  await services.db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}
