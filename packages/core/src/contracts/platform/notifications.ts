// 站内消息 (server platform/notifications/routes.ts): the signed-in user's own notifications.
import { z } from 'zod';
import { isoInstant, pageOf } from './common';

export const notificationItem = z.object({
  id: z.string(),
  kind: z.string(),
  kindLabel: z.string(),
  title: z.string(),
  body: z.string(),
  subjectType: z.string().nullable(),
  subjectId: z.string().nullable(),
  link: z.string().nullable(),
  createdAt: isoInstant,
  readAt: isoInstant.nullable(),
});
export type Notification = z.infer<typeof notificationItem>;

export const notificationPage = pageOf(notificationItem).extend({ unread: z.number() });
export type NotificationPage = z.infer<typeof notificationPage>;

export const notificationRead = z.object({ ok: z.literal(true), unread: z.number() });
export const notificationsAllRead = z.object({ ok: z.literal(true), updated: z.number(), unread: z.number() });
