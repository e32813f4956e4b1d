// 行政复议 in the console and on the portal (server modules/reconsideration/queries): enumerations from core's lists.
import { z } from 'zod';
import {
  acceptanceConditions,
  applicationChannels,
  caseActs,
  caseStatuses,
  decisionTypes,
  hearingGrounds,
  hearingStatuses,
  normativeReviewOutcomes,
  normativeReviewRoutes,
  normativeReviewSources,
  procedures,
  reviewableDocumentKinds,
  respondentAttendances,
  viewWays,
} from '../../reconsideration';
import { caseParty, casePauseView, caseServiceRecord } from '../platform/cases';
import { abilitiesOf, isoDate, pageOf } from '../platform/common';
import { recordDeadline } from '../platform/deadlines';

export const reconsiderationCaseRow = z.object({
  id: z.string(),
  trackingNumber: z.string(),
  applicantName: z.string(),
  respondentName: z.string(),
  contestedAct: z.string(),
  channel: z.enum(applicationChannels),
  status: z.enum(caseStatuses),
  receivedOn: isoDate,
  /** the open deadline due soonest, with its warning level as of today */
  nextDeadline: z.object({ label: z.string(), due: z.string(), warningLevel: z.string() }).nullable(),
});
export type ReconsiderationCaseRow = z.infer<typeof reconsiderationCaseRow>;
export const reconsiderationCaseList = pageOf(reconsiderationCaseRow);

/** 第二十条、第二十一条: a limit the application is past, warned at the acceptance review. */
export const applicationLimitWarning = z.object({
  key: z.string(),
  due: isoDate,
  basis: z.string(),
  message: z.string(),
});

export const reconsiderationCaseAct = z.object({
  act: z.string(),
  label: z.string(),
  on: isoDate,
  summary: z.string(),
});

export const reconsiderationCase = z.object({
  id: z.string(),
  trackingNumber: z.string(),
  title: z.string(),
  channel: z.enum(applicationChannels),
  status: z.enum(caseStatuses),
  bodyName: z.string(),
  officeName: z.string(),
  respondentName: z.string(),
  contestedAct: z.string(),
  actOn: isoDate.nullable(),
  knownOn: isoDate,
  realProperty: z.boolean(),
  notInformed: z.boolean(),
  informedOn: isoDate.nullable(),
  requests: z.string(),
  reasons: z.string(),
  receivedOn: isoDate,
  correctionItems: z.array(z.string()).nullable(),
  correctionRequestedOn: isoDate.nullable(),
  correctionSubmittedOn: isoDate.nullable(),
  correctionText: z.string().nullable(),
  conditionsMet: z.array(z.enum(acceptanceConditions)).nullable(),
  acceptedOn: isoDate.nullable(),
  deemedAccepted: z.boolean(),
  refusedOn: isoDate.nullable(),
  refusalReason: z.string().nullable(),
  competentBody: z.string().nullable(),
  procedure: z.enum(procedures).nullable(),
  simplifiedGround: z.string().nullable(),
  major: z.boolean(),
  handlers: z.array(z.object({ id: z.string(), name: z.string() })),
  copySentOn: isoDate.nullable(),
  answeredOn: isoDate.nullable(),
  /** 第七十条: the respondent's answer is past its period (not received, or received late) */
  respondentLate: z.boolean(),
  suspensionGround: z.string().nullable(),
  terminationGround: z.string().nullable(),
  endedOn: isoDate.nullable(),
  decisionType: z.enum(decisionTypes).nullable(),
  decidedOn: isoDate.nullable(),
  decisionText: z.string().nullable(),
  /** 第四十九条 */
  writtenReviewReason: z.string().nullable(),
  views: z.array(z.object({ party: z.string(), way: z.enum(viewWays), heardOn: isoDate, summary: z.string() })),
  /** 第七十六条: the 意见书 issued in the case, each with its addressee's report (late: past its sixty days) */
  opinions: z.array(
    z.object({
      id: z.string(),
      addresseeName: z.string(),
      opinionText: z.string(),
      issuedOn: isoDate,
      receivedOn: isoDate,
      reportDue: isoDate.nullable(),
      reportedOn: isoDate.nullable(),
      reportText: z.string().nullable(),
      late: z.boolean(),
    }),
  ),
  /** 第五十条、第五十一条: the case's hearings, the panel by name, the notice's day and its latest day */
  hearings: z.array(
    z.object({
      id: z.string(),
      ground: z.enum(hearingGrounds),
      status: z.enum(hearingStatuses),
      hearingOn: isoDate,
      place: z.string(),
      issues: z.string(),
      presiding: z.string(),
      officers: z.array(z.string()),
      recorderName: z.string(),
      noticeOn: isoDate,
      noticeDue: isoDate,
      heldOn: isoDate.nullable(),
      respondentAttendance: z.enum(respondentAttendances).nullable(),
      respondentAttendee: z.string().nullable(),
      hearingHeadAbsenceReason: z.string().nullable(),
      record: z.string().nullable(),
    }),
  ),
  /** 第五十六条至第六十条: the incidental reviews of normative documents, with the platform's review request */
  normativeReviews: z.array(
    z.object({
      id: z.string(),
      source: z.enum(normativeReviewSources),
      documentKind: z.enum(reviewableDocumentKinds),
      documentTitle: z.string(),
      issuerName: z.string(),
      clauses: z.string(),
      normativeDocumentId: z.string().nullable(),
      normativeRequestTracking: z.string().nullable(),
      route: z.enum(normativeReviewRoutes),
      openedOn: isoDate,
      issuerNotifiedOn: isoDate.nullable(),
      issuerRepliedOn: isoDate.nullable(),
      issuerReply: z.string().nullable(),
      forwardedOn: isoDate.nullable(),
      forwardeeName: z.string().nullable(),
      forwardeeRepliedOn: isoDate.nullable(),
      forwardeeReply: z.string().nullable(),
      outcome: z.enum(normativeReviewOutcomes).nullable(),
      conclusion: z.string().nullable(),
      concludedOn: isoDate.nullable(),
    }),
  ),
  /** 第七十三条: the 行政复议调解书 that ended the case, effective on that day */
  mediationText: z.string().nullable(),
  mediatedOn: isoDate.nullable(),
  /** 第七十四条: the settlement after which the withdrawal was approved */
  settlementText: z.string().nullable(),
  settledOn: isoDate.nullable(),
  publishedOn: isoDate.nullable(),
  isDemo: z.boolean(),
  parties: z.array(caseParty),
  deadlines: z.array(recordDeadline),
  pauses: z.array(casePauseView),
  services: z.array(caseServiceRecord),
  acts: z.array(reconsiderationCaseAct),
  limitWarnings: z.array(applicationLimitWarning),
  /** the office's staff who may be named handlers (行政复议人员) */
  handlerChoices: z.array(z.object({ id: z.string(), name: z.string() })),
  abilities: abilitiesOf(caseActs),
});
export type ReconsiderationCase = z.infer<typeof reconsiderationCase>;

export const submittedApplication = z.object({
  id: z.string(),
  trackingNumber: z.string(),
  acceptanceDue: isoDate,
});
export type SubmittedApplication = z.infer<typeof submittedApplication>;

/** What the applicant reads on the portal with the tracking number: the progress, never a personal detail. */
export const trackedApplication = z.object({
  trackingNumber: z.string(),
  bodyName: z.string(),
  respondentName: z.string(),
  contestedAct: z.string(),
  status: z.enum(caseStatuses),
  receivedOn: isoDate,
  acts: z.array(z.object({ label: z.string(), on: isoDate })),
  /** 第三十一条: the items to correct and the applicant's last day, while a correction is owed */
  correction: z.object({ items: z.array(z.string()), requestedOn: isoDate, due: isoDate.nullable() }).nullable(),
  refusalReason: z.string().nullable(),
});
export type TrackedApplication = z.infer<typeof trackedApplication>;

/** A published 行政复议决定书 on the portal, personal data redacted. */
export const publicReconsiderationDecision = z.object({
  id: z.string(),
  title: z.string(),
  respondentName: z.string(),
  decisionType: z.enum(decisionTypes),
  decidedOn: isoDate,
  publishedOn: isoDate,
  text: z.string(),
});
export type PublicReconsiderationDecision = z.infer<typeof publicReconsiderationDecision>;
export const publicReconsiderationDecisionList = pageOf(publicReconsiderationDecision.omit({ text: true }));
