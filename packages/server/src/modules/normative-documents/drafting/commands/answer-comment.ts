// 答复公众意见 (意见采纳情况): the drafting unit answers each approved comment — adopted, partly adopted or not
// adopted — and gives the reason unless it is adopted (seed 002 task 9: 公众意见采纳情况反馈). The act is the shared
// one (platform/participation), on a document the actor may answer for.
import type { CommentAnswer } from '@fazhi/core/participation';
import { answerSubjectCommentOn } from '../../../../platform/participation/consultation-commands';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext } from '../../../../platform/write';
import { SUBJECT } from '../../support';
import { loadForAct } from '../../workflow';

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
  return inWriteTransaction(services, ctx, async (w) => {
    const { row } = await loadForAct(services, w, documentId, 'answerComments');
    await answerSubjectCommentOn(services, w, SUBJECT, row.id, commentId, input);
  });
}
