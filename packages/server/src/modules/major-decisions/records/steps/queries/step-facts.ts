// What a decision's middle steps have recorded, as the facts core's gates read (workflow.ts `decisionFacts`): the
// latest hearing held with its record signed, every expert of the latest draw for the decision with a signed
// written opinion, the latest risk assessment's judgement, the latest fair-competition review's conclusion.
import { expertReviewStanding, fairCompetitionPasses } from '@fazhi/core/major-decisions';
import type { Db } from '../../../../../platform/db/connection';
import type { Tx } from '../../../../../platform/write';
import '../tables';
import '../../../tables';

type Decision = { region_code: string; id: string };

export async function latestDraw(db: Db | Tx, d: Decision) {
  return db
    .selectFrom('decision_expert_draws')
    .select(['id', 'drawn', 'drawn_on', 'field', 'seed', 'redraw_reason'])
    .where('region_code', '=', d.region_code)
    .where('decision_id', '=', d.id)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .executeTakeFirst();
}

export async function drawOpinions(db: Db | Tx, regionCode: string, drawId: string) {
  return db
    .selectFrom('decision_expert_opinions')
    .select(['expert_id', 'expert_name', 'opinion', 'signed', 'given_on'])
    .where('region_code', '=', regionCode)
    .where('draw_id', '=', drawId)
    .orderBy('created_at')
    .execute();
}

export async function stepFacts(db: Db | Tx, d: Decision) {
  const [hearing, risk, fair, draw] = await Promise.all([
    db
      .selectFrom('decision_hearings')
      .select(['held_on', 'signed_by'])
      .where('region_code', '=', d.region_code)
      .where('decision_id', '=', d.id)
      .orderBy('created_at', 'desc')
      .executeTakeFirst(),
    db
      .selectFrom('decision_risk_assessments')
      .select('controllable')
      .where('region_code', '=', d.region_code)
      .where('decision_id', '=', d.id)
      .orderBy('created_at', 'desc')
      .executeTakeFirst(),
    db
      .selectFrom('decision_fair_competition_reviews')
      .select('conclusion')
      .where('region_code', '=', d.region_code)
      .where('decision_id', '=', d.id)
      .orderBy('created_at', 'desc')
      .executeTakeFirst(),
    latestDraw(db, d),
  ]);
  const opinions = draw ? await drawOpinions(db, d.region_code, draw.id) : [];
  const signed = opinions.map((o) => ({ expertId: o.expert_id, signed: o.signed }));
  return {
    hearingRecordSigned: Boolean(hearing?.held_on && hearing.signed_by.length > 0),
    expertOpinionsSigned: draw ? expertReviewStanding(draw.drawn, signed).complete : false,
    riskControllable: risk ? risk.controllable : null,
    fairCompetitionReviewed: fair ? fairCompetitionPasses(fair.conclusion) : false,
  };
}
