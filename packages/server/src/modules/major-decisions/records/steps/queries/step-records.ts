// A decision's middle steps as its page shows them (contract `decisionStepRecords`): the latest hearing, the latest
// draw recorded for it with each drawn expert's opinion, and every risk assessment and fair-competition review.
import type { DecisionStepRecords } from '@fazhi/core/contracts';
import {
  fairCompetitionConclusionLabels,
  fairCompetitionReviewBasis,
  riskLevelLabels,
  expertReviewStanding,
  type DecisionRecordAction,
  type OptionalStep,
} from '@fazhi/core/major-decisions';
import type { Db } from '../../../../../platform/db/connection';
import { drawOpinions, latestDraw } from './step-facts';

export async function stepRecordsOf(db: Db, d: { region_code: string; id: string }): Promise<DecisionStepRecords> {
  const mine = { region: d.region_code, id: d.id };
  const [hearing, draw, risks, reviews] = await Promise.all([
    db
      .selectFrom('decision_hearings')
      .selectAll()
      .where('region_code', '=', mine.region)
      .where('decision_id', '=', mine.id)
      .orderBy('created_at', 'desc')
      .executeTakeFirst(),
    latestDraw(db, d),
    db
      .selectFrom('decision_risk_assessments')
      .selectAll()
      .where('region_code', '=', mine.region)
      .where('decision_id', '=', mine.id)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('decision_fair_competition_reviews')
      .selectAll()
      .where('region_code', '=', mine.region)
      .where('decision_id', '=', mine.id)
      .orderBy('created_at')
      .execute(),
  ]);
  const opinions = draw ? await drawOpinions(db, d.region_code, draw.id) : [];
  const byExpert = new Map(opinions.map((o) => [o.expert_id, o]));
  return {
    hearing: hearing
      ? {
          hearingOn: hearing.hearing_on,
          place: hearing.place,
          selectionRules: hearing.selection_rules,
          participants: hearing.participants,
          announcedOn: hearing.announced_on,
          applicationMethod: hearing.application_method,
          applicationClosesOn: hearing.application_closes_on,
          materialsSentOn: hearing.materials_sent_on,
          materialsDue: hearing.materials_due,
          materialsExplanation: hearing.materials_explanation,
          heldOn: hearing.held_on,
          recordSummary: hearing.record_summary,
          signedBy: hearing.signed_by,
        }
      : null,
    experts: draw
      ? {
          drawId: draw.id,
          drawnOn: draw.drawn_on,
          field: draw.field,
          redrawReason: draw.redraw_reason,
          experts: draw.drawn.map((e) => ({
            id: e.id,
            name: e.name,
            employer: e.employer,
            opinion: byExpert.get(e.id)?.opinion ?? null,
            signed: byExpert.get(e.id)?.signed ?? false,
            givenOn: byExpert.get(e.id)?.given_on ?? null,
          })),
          complete: expertReviewStanding(
            draw.drawn,
            opinions.map((o) => ({ expertId: o.expert_id, signed: o.signed })),
          ).complete,
        }
      : null,
    riskAssessments: risks.map((r) => ({
      assessor: r.assessor,
      level: r.level,
      levelLabel: riskLevelLabels[r.level],
      controllable: r.controllable,
      riskPoints: r.risk_points,
      measures: r.measures,
      contingencyPlan: r.contingency_plan,
      assessedOn: r.assessed_on,
    })),
    fairCompetitionReviews: reviews.map((r) => ({
      reviewingBody: r.reviewing_body,
      conclusion: r.conclusion,
      conclusionLabel: fairCompetitionConclusionLabels[r.conclusion],
      explanation: r.explanation,
      reviewedOn: r.reviewed_on,
    })),
    fairCompetitionBasis: fairCompetitionReviewBasis,
  };
}

/** The middle steps' abilities: only where the step applies, the hearing's record once it is announced and not yet
 * held, the opinions once experts were drawn for the decision. */
export function withStepAbilities<A extends Record<DecisionRecordAction, boolean>>(
  row: Record<OptionalStep, boolean>,
  records: DecisionStepRecords,
  may: A,
): A {
  const h = records.hearing;
  return {
    ...may,
    announceHearing: may.announceHearing && row.hearing && !h,
    recordHearing: may.recordHearing && row.hearing && h !== null && h.heldOn === null,
    recordExpertOpinions: may.recordExpertOpinions && row.expert_review && records.experts !== null,
    recordRiskAssessment: may.recordRiskAssessment && row.risk_assessment,
    recordFairCompetitionReview: may.recordFairCompetitionReview && row.fair_competition_review,
  };
}
