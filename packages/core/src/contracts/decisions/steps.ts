// A decision's middle steps as its page shows them: the hearing (第十六条、第十七条), the expert review from the draw
// recorded for it (第十九条至第二十一条), the risk assessments (第二十二条至第二十四条) and the fair-competition reviews
// (《公平竞争审查条例》), oldest first where a step was recorded more than once.
import { z } from 'zod';
import { fairCompetitionConclusions, riskLevels } from '../../major-decisions';
import { isoDate } from '../platform/common';

export const decisionHearing = z.object({
  hearingOn: isoDate,
  place: z.string(),
  selectionRules: z.string(),
  participants: z.array(z.string()),
  announcedOn: isoDate,
  /** where participants apply: how, and the last day (both or neither) */
  applicationMethod: z.string().nullable(),
  applicationClosesOn: isoDate.nullable(),
  materialsSentOn: isoDate,
  /** the latest day the materials could reach the participants (7 days before, calendar engine), and why */
  materialsDue: isoDate,
  materialsExplanation: z.array(z.string()),
  heldOn: isoDate.nullable(),
  recordSummary: z.string().nullable(),
  signedBy: z.array(z.string()),
});
export type DecisionHearing = z.infer<typeof decisionHearing>;

export const decisionStepRecords = z.object({
  hearing: decisionHearing.nullable(),
  experts: z
    .object({
      drawId: z.string(),
      drawnOn: isoDate,
      field: z.string(),
      /** why the draw before this one was redone */
      redrawReason: z.string().nullable(),
      experts: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          employer: z.string(),
          opinion: z.string().nullable(),
          signed: z.boolean(),
          givenOn: isoDate.nullable(),
        }),
      ),
      complete: z.boolean(),
    })
    .nullable(),
  riskAssessments: z.array(
    z.object({
      assessor: z.string(),
      level: z.enum(riskLevels),
      levelLabel: z.string(),
      controllable: z.boolean(),
      riskPoints: z.array(z.string()),
      measures: z.string(),
      contingencyPlan: z.string(),
      assessedOn: isoDate,
    }),
  ),
  fairCompetitionReviews: z.array(
    z.object({
      reviewingBody: z.string(),
      conclusion: z.enum(fairCompetitionConclusions),
      conclusionLabel: z.string(),
      explanation: z.string(),
      reviewedOn: isoDate,
    }),
  ),
  fairCompetitionBasis: z.string(),
});
export type DecisionStepRecords = z.infer<typeof decisionStepRecords>;

/** An open hearing on the portal: announced, not yet held, in the portal's region. */
export const publicDecisionHearing = decisionHearing
  .pick({
    hearingOn: true,
    place: true,
    selectionRules: true,
    participants: true,
    announcedOn: true,
    applicationMethod: true,
    applicationClosesOn: true,
  })
  .extend({ id: z.string(), decisionTitle: z.string(), bodyName: z.string(), sponsorName: z.string() });
export type PublicDecisionHearing = z.infer<typeof publicDecisionHearing>;
export const publicDecisionHearingList = z.object({ items: z.array(publicDecisionHearing) });
export type PublicDecisionHearingList = z.infer<typeof publicDecisionHearingList>;
