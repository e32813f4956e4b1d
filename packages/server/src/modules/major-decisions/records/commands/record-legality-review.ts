// 合法性审查 (第二十五条至第二十八条) on the shared review desk: the justice bureau answers the checklist of
// 第二十八条 (powers, procedure, substance), gives its opinion and result, and names the 法律顾问/公职律师 who took
// part (第二十七条); a conclusion before 7 working days (decision.legality-review, counted by the calendar engine)
// needs its reason. A draft found lawful goes to the collective discussion; one found unlawful goes back to its
// 承办单位 and cannot reach the meeting (第二十五条).
import { reviewOutcome } from '@fazhi/core/major-decisions';
import { reviewResultLabels } from '@fazhi/core/participation';
import { recordSubjectReviewOn, type RecordReviewInput } from '../../../../platform/participation/review-commands';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { DECISION_SUBJECT, decisionForAct, recordDecisionAct } from '../workflow';
import { closeReviewDeadlines } from '../deadlines';

export async function recordLegalityReview(
  services: Services,
  ctx: WriteContext,
  id: string,
  input: RecordReviewInput,
) {
  return inWriteTransaction(services, ctx, (w) => recordLegalityReviewOn(services, w, id, input));
}

export async function recordLegalityReviewOn(services: Services, w: Writer, id: string, input: RecordReviewInput) {
  const { row } = await decisionForAct(services, w, id, 'recordReview');
  const reviewed = await recordSubjectReviewOn(services, w, DECISION_SUBJECT, id, input);
  const outcome = reviewOutcome(input.result);
  await closeReviewDeadlines(w, row, input.concludedOn ?? services.clock.today());
  await w.tx
    .updateTable('decision_records')
    .set({ legality: outcome.legality })
    .where('region_code', '=', row.region_code)
    .where('id', '=', row.id)
    .execute();
  const counsel = input.counsel.map((c) => c.name).join('、');
  await recordDecisionAct(w, row, {
    act: 'reviewed',
    on: input.concludedOn ?? services.clock.today(),
    status: outcome.next,
    summary: `合法性审查：${reviewResultLabels[input.result]}（参与审查的法律顾问、公职律师：${counsel || '无'}）`,
    changes: { reviewId: reviewed.reviewId, result: input.result, legality: outcome.legality },
  });
  return reviewed;
}
