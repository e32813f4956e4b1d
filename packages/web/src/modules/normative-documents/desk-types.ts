// Response types of the endpoints the review desk calls, mirroring the server's presenters in
// packages/server/src/modules/normative-documents (queries/review-package.ts, get-document.ts, pending-comments.ts,
// cleanup.ts, review-requests.ts) and core's pre-check finding (core/normative-documents/precheck/types.ts).
import type { ArticleChangeKind } from '@fazhi/core/normative-labels';
import type { NormativeDeadline, NormativeDocument } from './normative-types';

export type PrecheckSeverity = 'high' | 'medium' | 'low';

export interface PrecheckFinding {
  category: string;
  severity: PrecheckSeverity;
  /** exactly the pre-check input text between start and end ('' for a finding about the whole document) */
  text: string;
  start: number;
  end: number;
  basis: string;
  advice: string;
}

export interface DeskArticle {
  id: string;
  seq: number;
  heading: string;
  body: string;
}

export interface ReviewPackage {
  documentId: string;
  title: string;
  legalBases: { title: string; article?: string }[];
  draftingExplanation: string;
  affectsRights: boolean;
  affectsMarket: boolean;
  consultationExemptReason: string | null;
  articles: DeskArticle[];
  comments: {
    articleId: string | null;
    body: string;
    answer: string | null;
    answerLabel: string | null;
    answerReason: string | null;
  }[];
  fairCompetitionReviews: {
    round: number;
    result: string | null;
    opinion: string | null;
    concludedOn: string | null;
  }[];
  checklist: { item: string; label: string }[];
  precheck: { findings: PrecheckFinding[] } | null;
  /** a later round: the articles changed since the text the first round reviewed (core diffArticles) */
  changesSinceFirstRound: {
    round: number;
    changes: { heading: string; change: ArticleChangeKind; before: string | null; after: string | null }[];
  } | null;
  previousLegalityReviews: {
    round: number;
    result: string | null;
    opinion: string | null;
    concludedOn: string | null;
    revisionStatement: string | null;
    revisedOn: string | null;
  }[];
}

/** a deadline as the API presents it (the document pages' shape) */
export type DeskDeadline = NormativeDeadline;

/** a comment with its moderation and answer, as the document pages present it */
export type DeskComment = NormativeDocument['comments'][number];

/** The parts of GET /api/normative-documents/:id the desk uses. */
export interface DeskDocument {
  id: string;
  regionCode: string;
  title: string;
  kindLabel: string;
  status: string;
  statusLabel: string;
  draftingOrgName: string;
  issuerName: string;
  docNumber: string | null;
  isDemo: boolean;
  articles: DeskArticle[];
  comments: DeskComment[];
  reviews: {
    id: string;
    kind: 'legality' | 'fair_competition';
    round: number;
    submittedOn: string | null;
    opinion: string | null;
    result: string | null;
    resultLabel: string | null;
    concludedOn: string | null;
  }[];
  deadlines: DeskDeadline[];
  abilities: Record<string, boolean>;
}

export interface ActResult {
  result: unknown;
  document: DeskDocument;
}

export interface PendingComment {
  id: string;
  documentId: string;
  documentTitle: string;
  articleHeading: string | null;
  body: string;
  commenterName: string | null;
  submittedAt: string;
}

export interface CleanupCampaignRow {
  id: string;
  regionCode: string;
  title: string;
  kind: 'periodic' | 'special';
  triggerLaw: string | null;
  openedOn: string;
  status: 'open' | 'published';
  publishedOn: string | null;
  isDemo: boolean;
}

export interface CleanupItem {
  documentId: string;
  title: string;
  docNumber: string | null;
  documentStatus: string;
  outcome: string | null;
  outcomeLabel: string | null;
  reason: string | null;
  decidedOn: string | null;
}

export interface CleanupCampaign extends CleanupCampaignRow {
  items: CleanupItem[];
  deadlines: DeskDeadline[];
}

export type ReviewRequestStatus = 'received' | 'accepted' | 'declined' | 'answered';

export interface ReviewRequestRow {
  id: string;
  regionCode: string;
  trackingNumber: string;
  documentTitle: string;
  requesterKind: 'citizen' | 'organisation';
  requesterName: string;
  receivedOn: string;
  status: ReviewRequestStatus;
  statusLabel: string;
  isDemo: boolean;
  /** the step due now (acceptance, then the answer); null once decided and answered */
  openDeadline?: { label: string; due: string; warningLevel: string } | null;
}

export interface ReviewRequestDetail extends Omit<ReviewRequestRow, 'openDeadline'> {
  documentId: string | null;
  reasons: string;
  decisionReason: string | null;
  decidedOn: string | null;
  answer: string | null;
  answeredOn: string | null;
  deadlines: DeskDeadline[];
  abilities: { decide: boolean; answer: boolean };
}

export interface DeskDeadlineResult {
  rule: string;
  title: string;
  basis: string;
  from: string;
  due: string;
  explanation: string[];
}
