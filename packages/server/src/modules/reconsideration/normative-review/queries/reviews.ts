// A case's incidental reviews (第五十六条至第六十条) as the office reads them, with the review request opened in the
// normative-documents module for a platform document (its tracking number, kept when it was opened).
import type { ReconsiderationCase } from '@fazhi/core/contracts';
import type { Db } from '../../../../platform/db/connection';
import type { CaseRow } from '../../workflow';

export async function normativeReviewsOf(
  db: Db,
  row: Pick<CaseRow, 'region_code' | 'id'>,
): Promise<ReconsiderationCase['normativeReviews']> {
  const rows = await db
    .selectFrom('reconsideration_normative_reviews')
    .selectAll()
    .where('region_code', '=', row.region_code)
    .where('case_id', '=', row.id)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    source: r.source,
    documentKind: r.document_kind,
    documentTitle: r.document_title,
    issuerName: r.issuer_name,
    clauses: r.clauses,
    normativeDocumentId: r.normative_document_id,
    normativeRequestTracking: r.normative_request_tracking,
    route: r.route,
    openedOn: r.opened_on,
    issuerNotifiedOn: r.issuer_notified_on,
    issuerRepliedOn: r.issuer_replied_on,
    issuerReply: r.issuer_reply,
    forwardedOn: r.forwarded_on,
    forwardeeName: r.forwardee_name,
    forwardeeRepliedOn: r.forwardee_replied_on,
    forwardeeReply: r.forwardee_reply,
    outcome: r.outcome,
    conclusion: r.conclusion,
    concludedOn: r.concluded_on,
  }));
}
