// 备案审查: the justice bureau concludes its review of a filed document — 予以备案 (accepted) or 不予审查 (not a
// normative document). Ordering a correction is its own act (order-correction).
import { invalid } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { closeDeadline } from '../../../../platform/deadlines';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { actDate, SUBJECT } from '../../support';
import { auditDocument, loadForAct, moveTo } from '../../workflow';

export interface FilingReviewInput {
  outcome: 'accepted' | 'not_reviewable';
  opinion?: string | undefined;
  reviewedOn?: string | undefined;
}

const labels = { accepted: '予以备案', not_reviewable: '不属于规范性文件，不予审查' } as const;

export async function recordFilingReview(services: Services, ctx: WriteContext, id: string, input: FilingReviewInput) {
  return inWriteTransaction(services, ctx, (w) => recordFilingReviewOn(services, w, id, input));
}

/** The filing under review, locked; refuses when the document has none awaiting review. */
export async function pendingFiling(w: Writer, row: { region_code: string; id: string; filing_status: string | null }) {
  if (row.filing_status !== 'submitted') throw invalid('FILING_NOT_UNDER_REVIEW', '该文件没有待审查的备案');
  return w.tx
    .selectFrom('normative_filings')
    .select(['id', 'submitted_on'])
    .where('region_code', '=', row.region_code)
    .where('document_id', '=', row.id)
    .where('outcome', 'is', null)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

export async function recordFilingReviewOn(services: Services, w: Writer, id: string, input: FilingReviewInput) {
  const { row } = await loadForAct(services, w, id, 'recordFilingReview');
  const filing = await pendingFiling(w, row);
  const reviewedOn = actDate(services, input.reviewedOn, 'reviewedOn');
  if (input.outcome === 'not_reviewable' && !input.opinion)
    throw invalid('OPINION_REQUIRED', '不予审查的，请说明理由', [{ path: 'opinion', message: '请说明理由' }]);
  await w.tx
    .updateTable('normative_filings')
    .set({
      outcome: input.outcome,
      opinion: input.opinion ?? null,
      reviewed_on: reviewedOn,
      reviewed_by: w.ctx.actor?.userId ?? null,
    })
    .where('region_code', '=', row.region_code)
    .where('id', '=', filing.id)
    .execute();
  await closeDeadline(
    w,
    { regionCode: row.region_code, subjectType: SUBJECT, subjectId: row.id, kind: 'filing-review' },
    reviewedOn,
  );
  await moveTo(w, row, row.status, 'record-filing-review', reviewedOn, labels[input.outcome], {
    filing_status: input.outcome,
  });
  await auditDocument(w, row, 'filing_reviewed', `备案审查：${labels[input.outcome]}`, {
    filingId: filing.id,
    outcome: input.outcome,
  });
}
