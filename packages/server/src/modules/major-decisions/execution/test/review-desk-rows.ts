// Test fixture: a decision's `review` state (submit-for-legality-review.ts) written as rows inside the fixture's
// write transaction — the shared desk's request to the region's justice bureau (test/review-desk-rows.ts), the
// review time's two floor deadlines the calendar engine computes (records/deadlines.ts), the status the act leaves
// and its audit event. The record's history (decision_record_acts) is not written: a fixture, not an act.
import { decisionStatusLabels } from '@fazhi/core/major-decisions';
import { justiceBureauFor } from '../../../../platform/participation/support';
import type { Writer } from '../../../../platform/write';
import { reviewRequestAsRows } from '../../../../../test/review-desk-rows';
import { DECISION_SUBJECT, type DecisionRow } from '../../records/workflow';
import { setReviewDeadlines } from '../../records/deadlines';

export async function sendToReviewDesk(w: Writer, row: DecisionRow, at: { submittedOn: string }) {
  const reviewer = await justiceBureauFor(w.tx, row.region_code);
  const sent = await reviewRequestAsRows(
    w,
    {
      regionCode: row.region_code,
      subjectType: DECISION_SUBJECT,
      id: row.id,
      title: row.title,
      orgId: row.sponsor_org_id,
    },
    {
      submittedOn: at.submittedOn,
      reviewer,
      package: { basis: '测试依据', procedureStatement: '测试程序说明', options: row.draft_options },
    },
  );
  await setReviewDeadlines(w, row, at.submittedOn, reviewer.id);
  const summary = `送请${reviewer.name}合法性审查（第${sent.round}次）`;
  await w.audit({
    regionCode: row.region_code,
    action: 'major_decision.sent_for_review',
    subjectType: DECISION_SUBJECT,
    subjectId: row.id,
    summary: `“${row.title}”${summary}`,
    changes: {
      reviewId: sent.reviewId,
      round: sent.round,
      reviewerOrgId: reviewer.id,
      status: 'legality_review',
      statusLabel: decisionStatusLabels.legality_review,
    },
  });
  return sent;
}
