import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/http/request-context';
import type { Services } from '../../platform/services';
import * as s from './schemas';
import { listNotifications } from './queries/notifications';
import { getWorkbench } from './queries/workbench';
import { markAllNotificationsRead, markNotificationRead } from './commands/mark-notifications-read';

export async function workbenchRoutes(app: FastifyInstance, services: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['工作台'];
  r.get('/notifications', { schema: { tags, summary: '我的通知', querystring: s.notificationsQuery } }, async (req) =>
    listNotifications(services, requireActor(req), { ...req.query, unread: req.query.unread === 'true' }),
  );
  r.post('/notifications/read-all', { schema: { tags, summary: '全部标为已读' } }, async (req) => ({
    updated: await markAllNotificationsRead(services, requireActor(req)),
  }));
  r.post('/notifications/:id/read', { schema: { tags, summary: '标为已读', params: s.idParams } }, async (req) => {
    await markNotificationRead(services, requireActor(req), req.params.id);
    return { ok: true as const };
  });
  r.get('/workbench', { schema: { tags, summary: '工作台：待办期限和通知' } }, async (req) =>
    getWorkbench(services, requireActor(req)),
  );
}
