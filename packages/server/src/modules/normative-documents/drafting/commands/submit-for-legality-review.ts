// 报送合法性审核: the drafting unit sends the review package — draft, bases, explanation, comments and answers,
// fair-competition review — to the justice bureau on the shared review desk (platform/participation: every comment
// moderated and every valid one answered; the review's longest time a stored deadline). The consultation (or its
// exemption) and the fair-competition review must be done. The automatic pre-check runs over the draft and its
// findings go with the package as an aid (they never decide), with the text this round reviews.
import { submitSubjectForReviewOn } from '../../../../platform/participation/review-commands';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { actDate, SUBJECT } from '../../support';
import { draftArticles, runPrecheckOn } from '../precheck';
import { assertStepsDone, loadForAct, moveTo } from '../../workflow';
import { normativeEvents } from '../../catalogue';

export async function submitForLegalityReview(services: Services, ctx: WriteContext, id: string, submittedOn?: string) {
  return inWriteTransaction(services, ctx, (w) => submitForLegalityReviewOn(services, w, id, submittedOn));
}

export async function submitForLegalityReviewOn(services: Services, w: Writer, id: string, submittedOnInput?: string) {
  const { row } = await loadForAct(services, w, id, 'submitForLegalityReview', 'submit-for-legality-review');
  assertStepsDone(row, 'submit-for-legality-review');
  const submittedOn = actDate(services, submittedOnInput, 'submittedOn');
  const findings = await runPrecheckOn(w.tx, row);
  // the text this round reviews, so a later round shows what changed since the first
  const reviewedText = await draftArticles(w.tx, row);
  const submitted = await submitSubjectForReviewOn(
    services,
    w,
    SUBJECT,
    row.id,
    {
      submittedOn,
      package: { precheck: findings, reviewedText },
    },
    { auditChanges: { precheckFindings: findings.findings.length } },
  );
  await moveTo(
    w,
    row,
    'legality_review',
    'submit-for-legality-review',
    submittedOn,
    `第${submitted.round}次报送${submitted.reviewer.name}`,
    { legality_review_passed: null },
  );
  await w.emit(normativeEvents, row.region_code, 'normative_document.submitted_for_legality_review', {
    documentId: row.id,
    reviewId: submitted.reviewId,
  });
  return {
    reviewId: submitted.reviewId,
    round: submitted.round,
    due: submitted.due,
    precheckFindings: findings.findings.length,
  };
}
