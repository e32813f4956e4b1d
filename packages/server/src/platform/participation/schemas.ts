// Request schemas of the shared consultation's routes (routes.ts): the portal's comment, the desk's moderation and
// answer, and the lists' filters. Text is stored as typed; invisible characters are refused by `text`.
import { commentAnswers } from '@fazhi/core/participation';
import { z } from 'zod';
import { pageFields } from '../db/paginate';
import { text, visibleOnly } from '../http/text';

const uuid = z.uuid('标识格式不正确');
/** a lent kind (subject_type): lower-case words; a kind no module lends answers an empty list or 404 */
const kind = z.string({ error: '请选择草案类型' }).regex(/^[a-z][a-z_]{0,39}$/, '草案类型不正确');

export const commentBody = z.object({
  articleId: uuid.nullable().optional(),
  body: visibleOnly(z.string({ error: '请填写意见内容' }).trim().min(5, '意见内容至少5个字'), '意见内容', true),
  name: text('姓名或单位名称', 100).optional(),
  contact: text('联系方式', 100).optional(),
});
export type CommentInput = z.infer<typeof commentBody>;

export const moderateBody = z.object({
  decision: z.enum(['approved', 'rejected'], { error: '审核结论应为有效意见或无效意见' }),
  note: text('审核说明', 500, true).optional(),
});
export const answerBody = z.object({
  answer: z.enum(commentAnswers, { error: '采纳情况应为采纳、部分采纳或不予采纳' }),
  reason: text('理由', 2000, true).optional(),
});

export const openConsultationsQuery = z.object({ ...pageFields, kind: kind.optional() });
export const consultationParams = z.object({ kind, id: uuid });
export const deskCommentsQuery = z.object({ ...pageFields, kind: kind.optional(), subjectId: uuid.optional() });
export const deskCommentParams = z.object({ commentId: uuid });
export const reviewQueueQuery = z.object({ kind: kind.optional() });
