// A person's own notifications: list (newest first, optionally only unread), mark one read, mark all read. Nobody
// reads another person's notifications: every query is keyed by the signed-in user, and another user's notification
// answers 404 like any record out of scope.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import { pageFields, pageOf, pageSlice } from '../db/paginate';
import { notFound } from '../errors';
import { requireActor } from '../http/request-context';
import type { Services } from '../services';
import { unreadCount } from './notify';
import * as c from '@fazhi/core/contracts';
import { answers } from '../http/contract';

export function notificationRoutes(app: FastifyInstance, services: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['站内消息'];
  const labels = services.registry.notificationLabels;

  r.get(
    '/notifications',
    {
      schema: {
        tags,
        summary: '我的站内消息',
        querystring: z.object({ unread: z.enum(['true', 'false', '1', '0']).optional(), ...pageFields }),
        response: answers(c.notificationPage),
      },
    },
    async (req) => {
      const actor = requireActor(req);
      let q = services.db.selectFrom('notifications').where('user_id', '=', actor.userId);
      if (req.query.unread === '1' || req.query.unread === 'true') q = q.where('read_at', 'is', null);
      const total = await q.select(sql<string>`count(*)`.as('n')).executeTakeFirst();
      const rows = await q
        .selectAll()
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .limit(pageSlice(req.query).limit)
        .offset(pageSlice(req.query).offset)
        .execute();
      return {
        ...pageOf(
          req.query,
          total?.n,
          rows.map((n) => ({
            id: n.id,
            kind: n.kind,
            kindLabel: labels.get(n.kind) ?? n.kind,
            title: n.title,
            body: n.body,
            subjectType: n.subject_type,
            subjectId: n.subject_id,
            link: n.link,
            createdAt: n.created_at.toISOString(),
            readAt: n.read_at ? n.read_at.toISOString() : null,
          })),
        ),
        unread: await unreadCount(services.db, actor.userId),
      };
    },
  );

  r.post(
    '/notifications/:id/read',
    {
      schema: {
        tags,
        summary: '标记为已读',
        params: z.object({ id: z.uuid('标识格式不正确') }),
        response: answers(c.notificationRead),
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const row = await services.db
        .updateTable('notifications')
        .set({ read_at: sql`coalesce(read_at, now())` as unknown as Date })
        .where('user_id', '=', actor.userId)
        .where('id', '=', req.params.id)
        .returning('id')
        .executeTakeFirst();
      if (!row) throw notFound('消息');
      return { ok: true as const, unread: await unreadCount(services.db, actor.userId) };
    },
  );

  r.post(
    '/notifications/read-all',
    { schema: { tags, summary: '全部标记为已读', response: answers(c.notificationsAllRead) } },
    async (req) => {
      const actor = requireActor(req);
      const res = await services.db
        .updateTable('notifications')
        .set({ read_at: sql`now()` as unknown as Date })
        .where('user_id', '=', actor.userId)
        .where('read_at', 'is', null)
        .executeTakeFirst();
      return { ok: true as const, updated: Number(res.numUpdatedRows), unread: 0 };
    },
  );
}
