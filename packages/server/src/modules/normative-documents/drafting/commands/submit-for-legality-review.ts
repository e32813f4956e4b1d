// 报送合法性审核: the drafting unit sends the review package — draft, bases, explanation, comments and answers,
// fair-competition review — to the justice bureau. The consultation (or its exemption) and the fair-competition
// review must be done, and every approved comment answered. The automatic pre-check runs over the draft and its
// findings go with the package as an aid (they never decide). The review's longest time is a stored deadline.
import { randomUUID } from 'node:crypto';
import { setDeadline } from '../../../../platform/deadlines';
import { invalid } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { actDate, documentLink, justiceBureauFor, SUBJECT } from '../../support';
import { draftArticles, runPrecheckOn } from '../precheck';
import { assertStepsDone, auditDocument, loadForAct, moveTo } from '../../workflow';
import { normativeEvents } from '../../catalogue';

export async function submitForLegalityReview(services: Services, ctx: WriteContext, id: string, submittedOn?: string) {
  return inWriteTransaction(services, ctx, (w) => submitForLegalityReviewOn(services, w, id, submittedOn));
}

export async function submitForLegalityReviewOn(services: Services, w: Writer, id: string, submittedOnInput?: string) {
  const { row } = await loadForAct(services, w, id, 'submitForLegalityReview', 'submit-for-legality-review');
  assertStepsDone(row, 'submit-for-legality-review');
  const unanswered = await w.tx
    .selectFrom('normative_comments')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('region_code', '=', row.region_code)
    .where('document_id', '=', row.id)
    .where((eb) =>
      eb.or([
        eb('moderation_status', '=', 'pending'),
        eb.and([eb('moderation_status', '=', 'approved'), eb('answer', 'is', null)]),
      ]),
    )
    .executeTakeFirstOrThrow();
  if (Number(unanswered.n) > 0)
    throw invalid('COMMENTS_UNANSWERED', `尚有${unanswered.n}条公众意见未审核或未答复，请逐条答复采纳情况后再报送审核`);
  const submittedOn = actDate(services, submittedOnInput, 'submittedOn');
  const bureau = await justiceBureauFor(w.tx, row.region_code);
  const findings = await runPrecheckOn(w.tx, row);
  const previous = await w.tx
    .selectFrom('normative_reviews')
    .select((eb) => eb.fn.max('round').as('round'))
    .where('region_code', '=', row.region_code)
    .where('document_id', '=', row.id)
    .where('kind', '=', 'legality')
    .executeTakeFirst();
  // the text this round reviews, so a later round shows what changed since the first
  const reviewedText = await draftArticles(w.tx, row);
  const reviewId = randomUUID();
  const round = (previous?.round ?? 0) + 1;
  await w.tx
    .insertInto('normative_reviews')
    .values({
      region_code: row.region_code,
      id: reviewId,
      document_id: row.id,
      kind: 'legality',
      round,
      submitted_on: submittedOn,
      submitted_by: w.ctx.actor?.userId ?? null,
      reviewer_org_id: bureau.id,
      checklist: '[]',
      precheck: JSON.stringify(findings),
      reviewed_text: JSON.stringify(reviewedText),
    })
    .execute();
  // 国办发〔2018〕115号 (as commonly cited; per-jurisdiction): at most 15 working days
  const deadline = await setDeadline(w, {
    regionCode: row.region_code,
    subjectType: SUBJECT,
    subjectId: row.id,
    kind: 'legality-review',
    label: '合法性审核',
    subjectTitle: `《${row.title}》`,
    link: documentLink(row.id),
    ruleId: 'normative.legality-review-max',
    from: submittedOn,
    responsibleOrgId: bureau.id,
  });
  await moveTo(w, row, 'legality_review', 'submit-for-legality-review', submittedOn, `第${round}次报送${bureau.name}`, {
    legality_review_passed: null,
  });
  await auditDocument(w, row, 'submitted_for_legality_review', `报送${bureau.name}合法性审核（第${round}次）`, {
    reviewId,
    round,
    precheckFindings: findings.findings.length,
    due: deadline.due,
  });
  await w.emit(normativeEvents, row.region_code, 'normative_document.submitted_for_legality_review', {
    documentId: row.id,
    reviewId,
  });
  return { reviewId, round, due: deadline.due, precheckFindings: findings.findings.length };
}
