import { z } from 'zod';
import { pageFields } from '../../platform/db/paginate';

export const notificationsQuery = z.object({
  unread: z.enum(['true', 'false'], { error: 'unread 只能为 true 或 false' }).optional(),
  ...pageFields,
});
export const idParams = z.object({ id: z.uuid('标识格式不正确') });
