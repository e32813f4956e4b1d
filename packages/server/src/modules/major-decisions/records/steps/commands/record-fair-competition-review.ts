// 公平竞争审查 (《重大行政决策程序暂行条例》第二十九条第一项; 《公平竞争审查条例》第二条、第十四条): where the decision
// touches the economic activity of businesses, the review in the drafting stage — by the government's
// market-regulation department with the 承办单位, which makes the first review — recorded with the reviewing body,
// the conclusion and its explanation, and the day. A draft found not to comply is adjusted and reviewed again before
// the legality review (the gate reads the latest conclusion).
import { randomUUID } from 'node:crypto';
import {
  fairCompetitionConclusionLabels,
  fairCompetitionPasses,
  fairCompetitionReviewBasis,
} from '@fazhi/core/major-decisions';
import { actDate } from '../../../../../platform/act-date';
import type { Services } from '../../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../../platform/write';
import { decisionForAct, recordDecisionAct } from '../../workflow';
import type { FairCompetitionBody } from '../schemas';
import { requireApplicable } from './applicable';

export async function recordFairCompetitionReview(
  services: Services,
  ctx: WriteContext,
  id: string,
  input: FairCompetitionBody,
) {
  return inWriteTransaction(services, ctx, (w) => recordFairCompetitionReviewOn(services, w, id, input));
}

export async function recordFairCompetitionReviewOn(
  services: Services,
  w: Writer,
  id: string,
  input: FairCompetitionBody,
) {
  const { row } = await decisionForAct(services, w, id, 'recordFairCompetitionReview');
  requireApplicable(row, 'fair_competition_review');
  const reviewedOn = actDate(services, input.reviewedOn, 'reviewedOn', '审查日期');
  await w.tx
    .insertInto('decision_fair_competition_reviews')
    .values({
      region_code: row.region_code,
      id: randomUUID(),
      decision_id: row.id,
      reviewing_body: input.reviewingBody,
      conclusion: input.competitionConclusion,
      explanation: input.competitionExplanation,
      reviewed_on: reviewedOn,
    })
    .execute();
  const passes = fairCompetitionPasses(input.competitionConclusion);
  await recordDecisionAct(w, row, {
    act: 'fair_competition_reviewed',
    on: reviewedOn,
    status: row.status,
    summary: `${input.reviewingBody}公平竞争审查：${fairCompetitionConclusionLabels[input.competitionConclusion]}${passes ? '' : '，决策草案应当调整后重新审查'}`,
    changes: { conclusion: input.competitionConclusion, basis: fairCompetitionReviewBasis },
  });
}
