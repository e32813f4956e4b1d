// 合法性审核: the justice bureau's reviewer works through the checklist of what a normative document must not do
// (国办发〔2018〕37号), writes the opinion and concludes: passed, passed after changes, or failed (back to drafting).
// Review time has a minimum and a maximum in working days (rules normative.legality-review-min/-max, per
// jurisdiction): concluding before the minimum needs a recorded reason; after the maximum the deadline is missed.
import {
  checkReviewTime,
  precheckCategoryLabels,
  reviewChecklistLabels,
  reviewResultLabels,
  type PrecheckFinding,
  type ReviewResult,
} from '@fazhi/core/normative-documents';
import { checklistProblems, reviewTimeProblem, type ChecklistEntry } from '@fazhi/core/participation';
import { closeDeadline, computeFor } from '../../../../platform/deadlines';
import { invalid } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { actDate, SUBJECT } from '../../support';
import { auditDocument, loadForAct, moveTo } from '../../workflow';
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
  // a checklist item marked 存在问题 says what the problem is: the drafting unit has to act on it (the shared rule;
  // a normative reviewer may leave items out)
  const problems = checklistProblems(input.checklist, reviewChecklistLabels, { complete: false });
  if (problems[0])
    throw invalid(
      problems[0].code,
      problems[0].message,
      problems.map((p) => ({ path: p.path, message: p.field })),
    );
  const review = await w.tx
    .selectFrom('normative_reviews')
    .select(['id', 'round', 'submitted_on', 'precheck'])
    .where('region_code', '=', row.region_code)
    .where('document_id', '=', row.id)
    .where('kind', '=', 'legality')
    .where('result', 'is', null)
    .orderBy('round', 'desc')
    .forUpdate()
    .executeTakeFirstOrThrow();
  const concludedOn = actDate(services, input.concludedOn, 'concludedOn');
  const spec = {
    regionCode: row.region_code,
    subjectType: SUBJECT,
    subjectId: row.id,
    kind: 'legality-review',
    label: '合法性审核',
    subjectTitle: row.title,
    from: review.submitted_on,
    responsibleOrgId: row.drafting_org_id,
  };
  const min = await computeFor(w.tx, { ...spec, ruleId: 'normative.legality-review-min' });
  const max = await computeFor(w.tx, { ...spec, ruleId: 'normative.legality-review-max' });
  const verdict = checkReviewTime({
    submittedOn: review.submitted_on,
    concludedOn,
    earliestConclusion: min.due,
    latestConclusion: max.due,
    earlyReason: input.earlyReason,
  });
  if (!verdict.ok) {
    const problem = reviewTimeProblem(verdict.reason, min, review.submitted_on);
    throw invalid(problem.code, problem.message, [{ path: problem.path, message: '审核时间不符合规定' }]);
  }
  // passing over a high-severity pre-check finding is an explicit decision with its reason (the findings assist the
  // reviewer and never decide, but they are not overlooked silently)
  const high = highFindings(review.precheck);
  const overridden = input.result !== 'failed' && high.length > 0;
  if (overridden && !input.highFindingsReason?.trim())
    throw invalid(
      'PRECHECK_HIGH_UNCONFIRMED',
      `智能辅助审查有${high.length}项高风险提示（${[...new Set(high)].join('、')}）；审核通过的，请确认并说明提示不成立或已处理的理由`,
      [{ path: 'highFindingsReason', message: '请说明高风险提示不成立或已处理的理由' }],
    );
  await w.tx
    .updateTable('normative_reviews')
    .set({
      checklist: JSON.stringify(input.checklist),
      opinion: input.opinion,
      result: input.result,
      early_reason: input.earlyReason ?? null,
      concluded_on: concludedOn,
      reviewed_by: w.ctx.actor?.userId ?? null,
    })
    .where('region_code', '=', row.region_code)
    .where('id', '=', review.id)
    .execute();
  await closeDeadline(
    w,
    { regionCode: row.region_code, subjectType: SUBJECT, subjectId: row.id, kind: 'legality-review' },
    concludedOn,
  );
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
  await auditDocument(w, row, 'legality_reviewed', `合法性审核：${reviewResultLabels[input.result]}`, {
    reviewId: review.id,
    round: review.round,
    result: input.result,
    late: verdict.late,
    problems: input.checklist.filter((c) => c.finding === 'problem').map((c) => c.item),
    ...(overridden ? { highFindings: high, highFindingsReason: input.highFindingsReason?.trim() } : {}),
  });
  await w.emit(normativeEvents, row.region_code, 'normative_document.legality_reviewed', {
    documentId: row.id,
    result: input.result,
  });
  return { result: input.result, late: verdict.late };
}

/** The categories of the high-severity findings stored with the review at submission. */
function highFindings(stored: unknown): string[] {
  const findings = (stored as { findings?: PrecheckFinding[] } | null)?.findings ?? [];
  return findings.filter((f) => f.severity === 'high').map((f) => precheckCategoryLabels[f.category]);
}
