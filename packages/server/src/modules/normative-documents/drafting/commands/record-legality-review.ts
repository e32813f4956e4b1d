// 合法性审核: the justice bureau's reviewer works through the checklist of what a normative document must not do
// (国办发〔2018〕37号), writes the opinion and concludes on the shared review desk (platform/participation): passed,
// passed after changes, or failed (back to drafting). Review time has a minimum and a maximum in working days (rules
// normative.legality-review-min/-max, per jurisdiction): concluding before the minimum needs a recorded reason;
// after the maximum the deadline is missed. Passing over a high-severity pre-check finding needs its reason.
import {
  precheckCategoryLabels,
  reviewChecklistLabels,
  reviewResultLabels,
  type PrecheckFinding,
  type ReviewResult,
} from '@fazhi/core/normative-documents';
import { checklistProblems, type ChecklistEntry } from '@fazhi/core/participation';
import { invalid } from '../../../../platform/errors';
import { recordSubjectReviewOn } from '../../../../platform/participation/review-commands';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { SUBJECT } from '../../support';
import { loadForAct, moveTo } from '../../workflow';
import { normativeEvents } from '../../catalogue';

export interface LegalityReviewInput {
  checklist: ChecklistEntry[];
  opinion: string;
  result: ReviewResult;
  concludedOn?: string | undefined;
  earlyReason?: string | undefined;
  /** why passing is right although the pre-check flagged high-severity findings (recorded and audited) */
  highFindingsReason?: string | undefined;
}

export async function recordLegalityReview(
  services: Services,
  ctx: WriteContext,
  id: string,
  input: LegalityReviewInput,
) {
  return inWriteTransaction(services, ctx, (w) => recordLegalityReviewOn(services, w, id, input));
}

export async function recordLegalityReviewOn(services: Services, w: Writer, id: string, input: LegalityReviewInput) {
  const { row } = await loadForAct(services, w, id, 'recordLegalityReview', 'record-legality-review');
  // a checklist item marked 存在问题 says what the problem is, refused with the checklist's own code (a normative
  // reviewer may leave items out: the lent checklist is not complete)
  const problems = checklistProblems(input.checklist, reviewChecklistLabels, { complete: false });
  if (problems[0])
    throw invalid(
      problems[0].code,
      problems[0].message,
      problems.map((p) => ({ path: p.path, message: p.field })),
    );
  const pending = await w.tx
    .selectFrom('legality_reviews')
    .select('package')
    .where('region_code', '=', row.region_code)
    .where('subject_type', '=', SUBJECT)
    .where('subject_id', '=', row.id)
    .where('result', 'is', null)
    .executeTakeFirst();
  // passing over a high-severity pre-check finding is an explicit decision with its reason (the findings assist the
  // reviewer and never decide, but they are not overlooked silently)
  const high = highFindings(pending?.package.precheck);
  const overridden = input.result !== 'failed' && high.length > 0;
  const reviewed = await recordSubjectReviewOn(
    services,
    w,
    SUBJECT,
    row.id,
    {
      checklist: input.checklist,
      opinion: input.opinion,
      result: input.result,
      counsel: [],
      concludedOn: input.concludedOn,
      earlyReason: input.earlyReason,
    },
    overridden ? { auditChanges: { highFindings: high, highFindingsReason: input.highFindingsReason?.trim() } } : {},
  );
  // after the shared checks of the form and the review time, as before: the whole act rolls back on this refusal
  if (overridden && !input.highFindingsReason?.trim())
    throw invalid(
      'PRECHECK_HIGH_UNCONFIRMED',
      `智能辅助审查有${high.length}项高风险提示（${[...new Set(high)].join('、')}）；审核通过的，请确认并说明提示不成立或已处理的理由`,
      [{ path: 'highFindingsReason', message: '请说明高风险提示不成立或已处理的理由' }],
    );
  const concludedOn = input.concludedOn ?? services.clock.today();
  const passed = input.result !== 'failed';
  await moveTo(
    w,
    row,
    passed ? 'deliberation' : 'drafting',
    'record-legality-review',
    concludedOn,
    overridden
      ? `${reviewResultLabels[input.result]}；高风险提示已确认：${input.highFindingsReason?.trim() ?? ''}`
      : reviewResultLabels[input.result],
    {
      legality_review_passed: passed,
      // 修改后通过: the drafting unit records its revision before 集体审议 (revise-after-review.ts)
      review_changes_pending: input.result === 'passed_with_changes',
    },
  );
  await w.emit(normativeEvents, row.region_code, 'normative_document.legality_reviewed', {
    documentId: row.id,
    result: input.result,
  });
  return { result: input.result, late: reviewed.late };
}

/** The categories of the high-severity findings stored with the review's package at submission. */
function highFindings(stored: unknown): string[] {
  const findings = (stored as { findings?: PrecheckFinding[] } | null)?.findings ?? [];
  return findings.filter((f) => f.severity === 'high').map((f) => precheckCategoryLabels[f.category]);
}
