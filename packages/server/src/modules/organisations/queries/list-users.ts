import type { Actor } from '../../../platform/access/actor';
import { scopeFilter } from '../../../platform/access/scope';
import type { Services } from '../../../platform/services';
import { pageOf, pageSlice, type PageRequest } from '../../../platform/db/paginate';
import type { Page, UserRow } from '@fazhi/core/contracts';

export async function listUsers(
  services: Services,
  actor: Actor | null,
  q: PageRequest & { orgId?: string | undefined; q?: string | undefined },
): Promise<Page<UserRow>> {
  let query = services.db
    .selectFrom('users as u')
    .innerJoin('orgs as o', 'o.id', 'u.home_org_id')
    .where(scopeFilter(services.registry.grants, actor, 'user.read', 'u.home_org_id'));
  if (q.orgId) query = query.where('u.home_org_id', '=', q.orgId);
  if (q.q) {
    const like = `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([eb('u.username', 'ilike', like), eb('u.display_name', 'ilike', like)]));
  }
  const total = (await query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirst())?.n;
  const rows = await query
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.home_org_id',
      'o.name as org_name',
      'u.locked_until',
      'u.disabled_at',
      'u.last_login_at',
      'u.is_demo',
    ])
    .orderBy('o.path')
    .orderBy('u.username')
    .limit(pageSlice(q).limit)
    .offset(pageSlice(q).offset)
    .execute();
  return pageOf(
    q,
    total,
    rows.map((u) => ({
      id: u.id,
      username: u.username,
      displayName: u.display_name,
      orgId: u.home_org_id,
      orgName: u.org_name,
      locked: u.locked_until !== null && u.locked_until.getTime() > services.clock.now().getTime(),
      disabled: u.disabled_at !== null,
      lastLoginAt: u.last_login_at?.toISOString() ?? null,
      isDemo: u.is_demo,
    })),
  );
}
