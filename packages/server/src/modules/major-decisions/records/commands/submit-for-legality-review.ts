// 送请合法性审查 (第二十五条、第二十六条) through the shared review desk: only after the earlier steps (the draft,
// the public participation, and the hearing, expert review, risk assessment and fair-competition review where they
// apply — each refusal names the step and its article); every public comment answered (the shared mechanism
// checks); the draft sent with its basis and the statement of the procedure followed. The justice bureau reviews.
import { submitSubjectForReviewOn } from '../../../../platform/participation/review-commands';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { DECISION_SUBJECT, decisionForAct, recordDecisionAct } from '../workflow';
import { setReviewDeadlines } from '../deadlines';

export interface SubmitForReviewInput {
  submittedOn?: string | undefined;
  basis: string;
  procedureStatement: string;
}

export async function submitForLegalityReview(
  services: Services,
  ctx: WriteContext,
  id: string,
  input: SubmitForReviewInput,
) {
  return inWriteTransaction(services, ctx, (w) => submitForLegalityReviewOn(services, w, id, input));
}

export async function submitForLegalityReviewOn(
  services: Services,
  w: Writer,
  id: string,
  input: SubmitForReviewInput,
) {
  const { row } = await decisionForAct(services, w, id, 'submitForReview');
  const sent = await submitSubjectForReviewOn(services, w, DECISION_SUBJECT, id, {
    submittedOn: input.submittedOn,
    package: { basis: input.basis, procedureStatement: input.procedureStatement, options: row.draft_options },
  });
  await setReviewDeadlines(w, row, input.submittedOn ?? services.clock.today(), sent.reviewer.id);
  await recordDecisionAct(w, row, {
    act: 'sent_for_review',
    on: input.submittedOn ?? services.clock.today(),
    status: 'legality_review',
    summary: `送请${sent.reviewer.name}合法性审查（第${sent.round}次）`,
    changes: { reviewId: sent.reviewId, round: sent.round, reviewerOrgId: sent.reviewer.id },
  });
  return sent;
}
