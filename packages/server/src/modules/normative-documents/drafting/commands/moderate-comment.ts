// 审核公众意见: the drafting unit clears a comment for the record (approved) or sets it aside (rejected: abuse,
// advertising, unrelated), with a note. Only approved comments are answered and counted in the adoption report.
// The act is the shared one (platform/participation), on a document the actor may moderate.
import { moderateSubjectCommentOn } from '../../../../platform/participation/consultation-commands';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext } from '../../../../platform/write';
import { SUBJECT } from '../../support';
import { loadForAct } from '../../workflow';

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
  return inWriteTransaction(services, ctx, async (w) => {
    const { row } = await loadForAct(services, w, documentId, 'moderateComments');
    await moderateSubjectCommentOn(services, w, SUBJECT, row.id, commentId, input);
  });
}
