// Response shapes of the console's normative-document endpoints, mirroring the server's presenters
// (packages/server/src/modules/normative-documents/queries/list-documents.ts and get-document.ts).
import type { DocumentKind, DocumentStatus, ShownStatus } from '@fazhi/core/normative-documents';

export type FilingStatus = 'not_submitted' | 'submitted' | 'accepted' | 'correction_ordered' | 'not_reviewable';

export interface NormativeListItem {
  id: string;
  regionCode: string;
  title: string;
  kind: DocumentKind;
  kindLabel: string;
  status: DocumentStatus;
  /** the status shown today: 已公布、尚未施行 before the 施行日期 (core catalogue.ts) */
  shownStatus: ShownStatus;
  statusLabel: string;
  docNumber: string | null;
  publishedOn: string | null;
  effectiveOn: string | null;
  expiresOn: string | null;
  filingStatus: FilingStatus | null;
  filingStatusLabel: string | null;
  draftingOrgName: string;
  issuerName: string;
  isDemo: boolean;
}

export interface NormativeArticle {
  id: string;
  seq: number;
  heading: string;
  body: string;
}

export interface NormativeDeadline {
  id: string;
  kind: string;
  label: string;
  ruleId: string;
  basis: string;
  from: string;
  due: string;
  provisional: boolean;
  extended: boolean;
  explanation: string[];
  status: 'open' | 'met' | 'missed' | 'cancelled';
  warningLevel: 'none' | 'yellow' | 'orange' | 'red';
}

export type DocumentAbility =
  | 'read'
  | 'revise'
  | 'openConsultation'
  | 'closeConsultation'
  | 'exemptConsultation'
  | 'moderateComments'
  | 'answerComments'
  | 'recordFairCompetitionReview'
  | 'submitForLegalityReview'
  | 'recordLegalityReview'
  | 'reviseAfterReview'
  | 'recordDeliberation'
  | 'publish'
  | 'publishInterpretation'
  | 'submitFiling'
  | 'forwardFiling'
  | 'recordFilingReview'
  | 'reportCorrection'
  | 'confirmCorrection'
  | 'startPostEvaluation'
  | 'concludePostEvaluation';

export interface NormativeDocument {
  id: string;
  regionCode: string;
  title: string;
  kind: DocumentKind;
  kindLabel: string;
  status: DocumentStatus;
  /** the status shown today: 已公布、尚未施行 before the 施行日期 (core catalogue.ts) */
  shownStatus: ShownStatus;
  statusLabel: string;
  draftingOrgId: string;
  draftingOrgName: string;
  issuerOrgId: string;
  issuerName: string;
  legalBases: { title: string; article?: string }[];
  affectsRights: boolean;
  affectsMarket: boolean;
  draftingExplanation: string;
  consultationClosedOn: string | null;
  consultationExemptReason: string | null;
  fairCompetitionPassed: boolean | null;
  legalityReviewPassed: boolean | null;
  /** 修改后通过 and the revision by the opinion not yet recorded */
  reviewChangesPending: boolean;
  deliberatedOn: string | null;
  docNumber: string | null;
  publishedOn: string | null;
  effectiveOn: string | null;
  expiresOn: string | null;
  filingStatus: FilingStatus | null;
  filingStatusLabel: string | null;
  endedOn: string | null;
  endedReason: string | null;
  replacesId: string | null;
  isDemo: boolean;
  articles: NormativeArticle[];
  consultations: {
    id: string;
    opensOn: string;
    closesOn: string;
    shortenedReason: string | null;
    status: string;
    closedOn: string | null;
  }[];
  comments: {
    id: string;
    articleId: string | null;
    body: string;
    commenterName: string | null;
    moderationStatus: 'pending' | 'approved' | 'rejected';
    moderationNote: string | null;
    answer: string | null;
    answerLabel: string | null;
    answerReason: string | null;
    submittedAt: string;
  }[];
  reviews: {
    id: string;
    kind: string;
    round: number;
    submittedOn: string | null;
    reviewerOrgId: string | null;
    checklist: { item: string; finding: 'ok' | 'problem'; note?: string }[];
    opinion: string | null;
    result: string | null;
    resultLabel: string | null;
    earlyReason: string | null;
    concludedOn: string | null;
    /** 修改后通过: the drafting unit's 修改情况说明 and its date */
    revisionStatement: string | null;
    revisedOn: string | null;
  }[];
  deliberations: {
    meetingKind: 'executive_meeting' | 'leadership_meeting';
    meetingName: string;
    meetingOn: string;
    decision: 'adopted' | 'revise' | 'rejected';
    note: string | null;
  }[];
  registrations: {
    id: string;
    docNumber: string;
    reason: string;
    publishedOn: string;
    effectiveOn: string;
    expiresOn: string;
  }[];
  filings: {
    id: string;
    registrationId: string | null;
    submittedOn: string | null;
    forwardedToGovernmentOn: string | null;
    forwardedToCongressOn: string | null;
    outcome: string | null;
    opinion: string | null;
    reviewedOn: string | null;
  }[];
  corrections: {
    id: string;
    orderedOn: string;
    opinion: string;
    status: 'ordered' | 'reported' | 'confirmed';
    reportedOn: string | null;
    report: string | null;
    confirmedOn: string | null;
  }[];
  postEvaluations: {
    id: string;
    status: 'pending' | 'in_progress' | 'concluded';
    dueOn: string | null;
    createdByJob: boolean;
    startedOn: string | null;
    outcome: string | null;
    conclusion: string | null;
    concludedOn: string | null;
  }[];
  deadlines: NormativeDeadline[];
  statusHistory: {
    fromStatus: DocumentStatus | null;
    toStatus: DocumentStatus;
    toStatusLabel: string;
    act: string;
    actLabel: string;
    actedOn: string;
    note: string | null;
    actor: string | null;
    at: string;
  }[];
  /** 政策解读 (server: queries/interpretation.ts) */
  interpretation: {
    title: string;
    body: string;
    publishedAt: string;
    publishedBy: string | null;
    isDemo: boolean;
  } | null;
  abilities: Record<DocumentAbility, boolean>;
}

/** What every act on a document answers: the act's own result and the document presented again. */
export interface ActResult {
  result: unknown;
  document: NormativeDocument;
}
