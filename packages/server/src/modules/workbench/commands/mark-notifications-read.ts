// Marking one's own notifications read. Reading a notice changes nothing anyone else sees, so it writes no audit
// event (like the session's last-seen time); a notification of another user answers 404.
import type { Actor } from '../../../platform/access/actor';
import { notFound } from '../../../platform/errors';
import type { Services } from '../../../platform/services';

export async function markNotificationRead(services: Services, actor: Actor, id: string): Promise<void> {
  const row = await services.db
    .selectFrom('notifications')
    .select(['region_code', 'read_at'])
    .where('id', '=', id)
    .where('user_id', '=', actor.userId)
    .executeTakeFirst();
  if (!row) throw notFound('通知');
  if (row.read_at) return;
  await services.db
    .updateTable('notifications')
    .set({ read_at: new Date() })
    .where('region_code', '=', row.region_code)
    .where('id', '=', id)
    .where('user_id', '=', actor.userId)
    .execute();
}

export async function markAllNotificationsRead(services: Services, actor: Actor): Promise<number> {
  const r = await services.db
    .updateTable('notifications')
    .set({ read_at: new Date() })
    .where('user_id', '=', actor.userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}
