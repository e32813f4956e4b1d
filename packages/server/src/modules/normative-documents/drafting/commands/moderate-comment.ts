// 审核公众意见: the drafting unit clears a comment for the record (approved) or sets it aside (rejected: abuse,
// advertising, unrelated), with a note. Only approved comments are answered and counted in the adoption report.
import { moderationStatusLabels } from '@fazhi/core/normative-documents';
import { conflict } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { auditDocument, loadForAct } from '../../workflow';
import { lockComment } from '../queries/lock-comment';

export interface ModerateInput {
  decision: 'approved' | 'rejected';
  note?: string | undefined;
}

export async function moderateComment(
  services: Services,
  ctx: WriteContext,
  documentId: string,
  commentId: string,
  input: ModerateInput,
) {
  return inWriteTransaction(services, ctx, (w) => moderateCommentOn(services, w, documentId, commentId, input));
}

export async function moderateCommentOn(
  services: Services,
  w: Writer,
  documentId: string,
  commentId: string,
  input: ModerateInput,
) {
  const { row } = await loadForAct(services, w, documentId, 'moderateComments');
  const comment = await lockComment(w, row, commentId);
  if (comment.moderation_status !== 'pending') throw conflict('COMMENT_ALREADY_MODERATED', '该意见已审核');
  await w.tx
    .updateTable('normative_comments')
    .set({
      moderation_status: input.decision,
      moderation_note: input.note ?? null,
      moderated_by: w.ctx.actor?.userId ?? null,
      moderated_at: w.clock.now(),
    })
    .where('region_code', '=', row.region_code)
    .where('id', '=', comment.id)
    .execute();
  await auditDocument(w, row, 'comment_moderated', `公众意见审核为${moderationStatusLabels[input.decision]}`, {
    commentId,
    decision: input.decision,
  });
}
