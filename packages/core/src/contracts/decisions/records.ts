// 重大行政决策 (major decisions): one decision's record through the procedure of 《重大行政决策程序暂行条例》 — the
// console's list (with where the user may start one) and the record with every act, who and when, the draft, the
// consultation and the legality reviews lent to the shared mechanism, its deadlines and abilities.
import { z } from 'zod';
import { counselRoles, reviewResults } from '../../participation';
import {
  decisionRecordActions,
  decisionStatuses,
  meetingDecisions,
  meetingKinds,
  meetingViews,
} from '../../major-decisions';
import { abilitiesOf, isoDate } from '../platform/common';
import { recordDeadline } from '../platform/deadlines';
import { decisionStepRecords } from './steps';

const choice = z.object({ id: z.string(), name: z.string() });

export const decisionRecordRow = z.object({
  id: z.string(),
  title: z.string(),
  bodyName: z.string(),
  sponsorName: z.string(),
  status: z.enum(decisionStatuses),
  statusLabel: z.string(),
  proposedOn: isoDate,
  /** started from an item of the body's published catalogue (false: outside it, with a reason) */
  inCatalogue: z.boolean(),
  isDemo: z.boolean(),
});
export type DecisionRecordRow = z.infer<typeof decisionRecordRow>;

/** A decision body the user may start a decision at: its published catalogue items and the possible 承办单位. */
export const decisionStartChoice = choice.extend({
  items: z.array(z.object({ id: z.string(), title: z.string(), year: z.number(), sponsorOrgId: z.string() })),
  sponsors: z.array(choice),
});
export type DecisionStartChoice = z.infer<typeof decisionStartChoice>;

export const decisionRecordList = z.object({
  items: z.array(decisionRecordRow),
  bodies: z.array(decisionStartChoice),
});
export type DecisionRecordList = z.infer<typeof decisionRecordList>;

export const createdDecision = z.object({ id: z.string() });

export const decisionRecord = decisionRecordRow.extend({
  regionCode: z.string(),
  bodyOrgId: z.string(),
  sponsorOrgId: z.string(),
  catalogueItemId: z.string().nullable(),
  outsideCatalogueReason: z.string().nullable(),
  proposal: z.string(),
  proposer: z.string(),
  startDecidedOn: isoDate.nullable(),
  startRecord: z.string().nullable(),
  draft: z
    .object({
      text: z.string(),
      explanation: z.string(),
      options: z.array(z.string()),
      viewsDifferWidely: z.boolean(),
      singleOptionReason: z.string().nullable(),
      recordedOn: isoDate,
    })
    .nullable(),
  /** the decision's procedure in order (the optional steps where its item says they apply), each with its article */
  steps: z.array(z.object({ label: z.string(), basis: z.string() })),
  /** every act recorded on the decision, oldest first: who, when, and the status it left */
  acts: z.array(
    z.object({ label: z.string(), on: isoDate, by: z.string(), summary: z.string(), statusLabel: z.string() }),
  ),
  consultation: z
    .object({
      opensOn: isoDate,
      closesOn: isoDate,
      shortenedReason: z.string().nullable(),
      open: z.boolean(),
      closedOn: isoDate.nullable(),
      commentCount: z.number(),
    })
    .nullable(),
  reviews: z.array(
    z.object({
      round: z.number(),
      submittedOn: isoDate,
      reviewerName: z.string(),
      result: z.enum(reviewResults).nullable(),
      resultLabel: z.string().nullable(),
      opinion: z.string().nullable(),
      counsel: z.array(z.object({ name: z.string(), role: z.enum(counselRoles), roleLabel: z.string() })),
      concludedOn: isoDate.nullable(),
      earlyReason: z.string().nullable(),
    }),
  ),
  /** 第三十条: the collective discussion as recorded */
  meeting: z
    .object({
      kind: z.enum(meetingKinds),
      kindLabel: z.string(),
      name: z.string(),
      on: isoDate,
      attendees: z.array(z.string()),
      speeches: z.array(
        z.object({
          name: z.string(),
          isHead: z.boolean(),
          view: z.enum(meetingViews),
          viewLabel: z.string(),
          opinion: z.string(),
        }),
      ),
      decision: z.enum(meetingDecisions),
      decisionLabel: z.string(),
      headReasons: z.string().nullable(),
    })
    .nullable(),
  partyReport: z.object({ on: isoDate, record: z.string() }).nullable(),
  publication: z
    .object({ on: isoDate, text: z.string(), adoptionExplanation: z.string(), interpretation: z.string() })
    .nullable(),
  /** the filing one level up: its due day (calendar engine) and where it stands as of today, derived */
  filing: z
    .object({
      due: isoDate,
      basis: z.string(),
      filedOn: isoDate.nullable(),
      record: z.string().nullable(),
      standing: z.enum(['on_time', 'late', 'overdue', 'pending']),
      standingLabel: z.string(),
    })
    .nullable(),
  /** 第二十八条: the questions of the legality review */
  reviewChecklist: z.array(z.object({ item: z.string(), label: z.string() })),
  deadlines: z.array(recordDeadline),
  /** the hearing, the experts' opinions, the risk assessments and the fair-competition reviews */
  stepRecords: decisionStepRecords,
  abilities: abilitiesOf(decisionRecordActions),
});
export type DecisionRecord = z.infer<typeof decisionRecord>;
