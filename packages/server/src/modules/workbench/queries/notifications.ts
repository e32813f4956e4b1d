// The signed-in user's own notifications: nobody reads another person's.
import type { Actor } from '../../../platform/access/actor';
import { pageOf, pageSlice, type PageRequest } from '../../../platform/db/paginate';
import type { Services } from '../../../platform/services';

export async function unreadCount(services: Services, actor: Actor): Promise<number> {
  const row = await services.db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('user_id', '=', actor.userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function listNotifications(services: Services, actor: Actor, q: PageRequest & { unread?: boolean }) {
  let base = services.db.selectFrom('notifications').where('user_id', '=', actor.userId);
  if (q.unread) base = base.where('read_at', 'is', null);
  const [rows, total, unread] = await Promise.all([
    base
      .select(['id', 'kind', 'title', 'body', 'subject_type', 'subject_id', 'link', 'created_at', 'read_at'])
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(pageSlice(q).limit)
      .offset(pageSlice(q).offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirst(),
    unreadCount(services, actor),
  ]);
  return {
    ...pageOf(
      q,
      total?.n,
      rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        title: r.title,
        body: r.body,
        subjectType: r.subject_type,
        subjectId: r.subject_id,
        link: r.link,
        createdAt: r.created_at.toISOString(),
        readAt: r.read_at ? r.read_at.toISOString() : null,
      })),
    ),
    unread,
  };
}
