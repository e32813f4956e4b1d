// 公众提交意见: anyone, without an account, comments on an article (or the whole text) of a draft while its
// consultation is open — the shared act (platform/participation): length and per-address hourly limits are the
// region's settings, every comment waits in the moderation queue, text is stored exactly as typed.
import { submitSubjectCommentOn } from '../../../../platform/participation/consultation-commands';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext } from '../../../../platform/write';
import type { CommentInput } from '../../schemas';
import { SUBJECT } from '../../support';

export async function submitComment(services: Services, ctx: WriteContext, documentId: string, input: CommentInput) {
  return inWriteTransaction(services, ctx, (w) =>
    submitSubjectCommentOn(services, w, SUBJECT, documentId, { ...input, articleId: input.articleId ?? undefined }),
  );
}
