// The incidental review's steps and outcome (第五十八条至第六十条). Self-handled: the issuer notified in writing (its
// three working days closed) and asked for its written reply within ten working days of the notice; the reply
// recorded. Forwarded: the forwarding (its seven working days closed) starts the competent body's sixty days; its
// reply recorded. The outcome (第五十九条: lawful, or the clauses' execution stopped and the issuer ordered to correct
// them; 第六十条: the competent body's opinion) closes the thirty days of a self-handled review, and the hearing
// resumes when the review was what suspended it.
import {
  normativeReviewOutcomeLabels,
  normativeReviewOutcomeProblem,
  normativeReviewPeriods,
  normativeReviewStepLabels,
  normativeReviewStepProblem,
  type NormativeReviewOutcome,
  type NormativeReviewStep,
} from '@fazhi/core/reconsideration';
import type { Updateable } from 'kysely';
import { actDate } from '../../../../platform/act-date';
import { closeDeadline } from '../../../../platform/deadlines';
import { invalid, notFound } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { CASE_SUBJECT } from '../../catalogue';
import { resumeCaseOnW } from '../../hearing/commands/suspend-case';
import type { ReconsiderationNormativeReviewTable } from '../../tables';
import { caseForAct, recordCaseAct, type CaseRow } from '../../workflow';
import { setReviewDeadline } from './open-review';

async function openReview(w: Writer, row: CaseRow, reviewId: string) {
  const r = await w.tx
    .selectFrom('reconsideration_normative_reviews')
    .selectAll()
    .where('region_code', '=', row.region_code)
    .where('case_id', '=', row.id)
    .where('id', '=', reviewId)
    .forUpdate()
    .executeTakeFirst();
  if (!r) throw notFound('附带审查');
  return r;
}

const state = (r: Awaited<ReturnType<typeof openReview>>) => ({
  route: r.route,
  issuerNotifiedOn: r.issuer_notified_on,
  issuerRepliedOn: r.issuer_replied_on,
  forwardedOn: r.forwarded_on,
  forwardeeRepliedOn: r.forwardee_replied_on,
  concludedOn: r.concluded_on,
});

const close = (w: Writer, row: CaseRow, period: keyof typeof normativeReviewPeriods, on: string) =>
  closeDeadline(
    w,
    {
      regionCode: row.region_code,
      subjectType: CASE_SUBJECT,
      subjectId: row.id,
      kind: normativeReviewPeriods[period].kind,
    },
    on,
  );

export interface ReviewStepInput {
  reviewId: string;
  reviewStep: NormativeReviewStep;
  reviewStepOn?: string | undefined;
  /** the issuer's or the competent body's reply */
  normativeReplyText?: string | undefined;
  /** the body a forwarded review goes to */
  forwardeeName?: string | undefined;
}

export async function recordReviewStep(services: Services, ctx: WriteContext, id: string, input: ReviewStepInput) {
  return inWriteTransaction(services, ctx, async (w) => {
    const { row } = await caseForAct(services, w, id, 'record-normative-review-step');
    const r = await openReview(w, row, input.reviewId);
    const on = actDate(services, input.reviewStepOn, 'reviewStepOn');
    const problem = normativeReviewStepProblem(state(r), input.reviewStep);
    if (problem) throw invalid('REVIEW_STEP_INVALID', problem, [{ path: 'reviewStep', message: problem }]);
    const problems = [];
    if (on < r.opened_on) problems.push({ path: 'reviewStepOn', message: `不得早于附带审查开始日期 ${r.opened_on}` });
    const replying = input.reviewStep === 'issuer-replied' || input.reviewStep === 'forwardee-replied';
    if (replying && !input.normativeReplyText?.trim())
      problems.push({ path: 'normativeReplyText', message: '请填写书面答复或者处理意见' });
    if (input.reviewStep === 'forwarded' && !input.forwardeeName?.trim())
      problems.push({ path: 'forwardeeName', message: '请填写接受转送的机关' });
    if (problems.length) throw invalid('REVIEW_STEP_INVALID', problems[0]!.message, problems);
    let kept: string | null = null;
    let next = '';
    if (input.reviewStep === 'issuer-notified') {
      kept = (await close(w, row, 'notify', on))?.status ?? null;
      const d = await setReviewDeadline(w, row, 'issuerReply', `${r.issuer_name}提交书面答复`, on);
      next = `，应于${d.due}前提交书面答复`;
      await update(w, row, r.id, { issuer_notified_on: on });
    } else if (input.reviewStep === 'issuer-replied') {
      kept = (await close(w, row, 'issuerReply', on))?.status ?? null;
      await update(w, row, r.id, { issuer_replied_on: on, issuer_reply: input.normativeReplyText!.trim() });
    } else if (input.reviewStep === 'forwarded') {
      kept = (await close(w, row, 'forward', on))?.status ?? null;
      const d = await setReviewDeadline(w, row, 'forwardeeReply', `${input.forwardeeName!.trim()}回复处理意见`, on);
      next = `，应于${d.due}前回复处理意见`;
      await update(w, row, r.id, { forwarded_on: on, forwardee_name: input.forwardeeName!.trim() });
    } else {
      kept = (await close(w, row, 'forwardeeReply', on))?.status ?? null;
      await update(w, row, r.id, { forwardee_replied_on: on, forwardee_reply: input.normativeReplyText!.trim() });
    }
    await recordCaseAct(w, row, {
      act: 'normative_review_step',
      on,
      status: row.status,
      summary: `《${r.document_title}》附带审查：${normativeReviewStepLabels[input.reviewStep]}${next}${kept === 'missed' ? '（逾期）' : ''}`,
      changes: { reviewId: r.id, step: input.reviewStep, kept },
    });
  });
}

async function update(w: Writer, row: CaseRow, reviewId: string, set: Updateable<ReconsiderationNormativeReviewTable>) {
  await w.tx
    .updateTable('reconsideration_normative_reviews')
    .set(set)
    .where('region_code', '=', row.region_code)
    .where('id', '=', reviewId)
    .execute();
}

export interface ConcludeReviewInput {
  reviewId: string;
  reviewOutcome: NormativeReviewOutcome;
  conclusionText: string;
  concludedOn?: string | undefined;
}

export async function concludeReview(services: Services, ctx: WriteContext, id: string, input: ConcludeReviewInput) {
  return inWriteTransaction(services, ctx, async (w) => {
    const { row } = await caseForAct(services, w, id, 'conclude-normative-review');
    const r = await openReview(w, row, input.reviewId);
    const on = actDate(services, input.concludedOn, 'concludedOn');
    const problem = normativeReviewOutcomeProblem(state(r), input.reviewOutcome);
    if (problem) throw invalid('REVIEW_OUTCOME_INVALID', problem, [{ path: 'reviewOutcome', message: problem }]);
    if (on < r.opened_on)
      throw invalid('REVIEW_OUTCOME_INVALID', `办结日期不得早于附带审查开始日期 ${r.opened_on}`, [
        { path: 'concludedOn', message: `不得早于 ${r.opened_on}` },
      ]);
    const kept = r.route === 'self' ? ((await close(w, row, 'handle', on))?.status ?? null) : null;
    await update(w, row, r.id, { outcome: input.reviewOutcome, conclusion: input.conclusionText, concluded_on: on });
    await recordCaseAct(w, row, {
      act: 'normative_review_concluded',
      on,
      status: row.status,
      summary: `《${r.document_title}》附带审查办结：${normativeReviewOutcomeLabels[input.reviewOutcome]}${kept === 'missed' ? '（超过三十日）' : ''}`,
      changes: { reviewId: r.id, outcome: input.reviewOutcome, kept },
    });
    // the review was what suspended the hearing: it resumes on the outcome's day (第三十九条第二款)
    if (row.status === 'suspended' && row.suspension_ground === 'normative-review')
      await resumeCaseOnW(services, w, id, { resumedOn: on });
  });
}
