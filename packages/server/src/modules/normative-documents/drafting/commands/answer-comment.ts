// 答复公众意见 (意见采纳情况): the drafting unit answers each approved comment — adopted, partly adopted or not
// adopted — and gives the reason unless it is adopted (seed 002 task 9: 公众意见采纳情况反馈).
import { answerNeedsReason, commentAnswerLabels, type CommentAnswer } from '@fazhi/core/normative-documents';
import { conflict, invalid } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { auditDocument, loadForAct } from '../../workflow';
import { lockComment } from '../queries/lock-comment';

export interface AnswerInput {
  answer: CommentAnswer;
  reason?: string | undefined;
}

export async function answerComment(
  services: Services,
  ctx: WriteContext,
  documentId: string,
  commentId: string,
  input: AnswerInput,
) {
  return inWriteTransaction(services, ctx, (w) => answerCommentOn(services, w, documentId, commentId, input));
}

export async function answerCommentOn(
  services: Services,
  w: Writer,
  documentId: string,
  commentId: string,
  input: AnswerInput,
) {
  const { row } = await loadForAct(services, w, documentId, 'answerComments');
  if (answerNeedsReason(input.answer) && !input.reason)
    throw invalid('ANSWER_REASON_REQUIRED', `${commentAnswerLabels[input.answer]}的意见应当说明理由`, [
      { path: 'reason', message: '请说明理由' },
    ]);
  const comment = await lockComment(w, row, commentId);
  if (comment.moderation_status !== 'approved')
    throw conflict('COMMENT_NOT_APPROVED', '该意见尚未审核为有效意见（或已审核为无效意见），无需答复');
  await w.tx
    .updateTable('normative_comments')
    .set({
      answer: input.answer,
      answer_reason: input.reason ?? null,
      answered_by: w.ctx.actor?.userId ?? null,
      answered_at: w.clock.now(),
    })
    .where('region_code', '=', row.region_code)
    .where('id', '=', comment.id)
    .execute();
  await auditDocument(w, row, 'comment_answered', `答复公众意见：${commentAnswerLabels[input.answer]}`, {
    commentId,
    answer: input.answer,
  });
}
