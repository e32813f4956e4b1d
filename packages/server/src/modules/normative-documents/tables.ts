// The Kysely view of the normative-document tables (migrations/202611230101_normative.sql). Dates are ISO strings
// ("YYYY-MM-DD"): the connection returns PostgreSQL dates as text.
import type { ColumnType, Generated } from 'kysely';
import type {
  CleanupOutcome,
  CommentAnswer,
  DocumentKind,
  DocumentStatus,
  FilingStatus,
  PostEvaluationOutcome,
  ReviewResult,
} from '@fazhi/core/normative-documents';

export type {
  CleanupOutcome,
  CommentAnswer,
  DocumentKind,
  DocumentStatus,
  FilingStatus,
  PostEvaluationOutcome,
  ReviewResult,
};

type Json<T> = ColumnType<T, string, string>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;

export type ReviewKind = 'fair_competition' | 'legality';
export type ModerationStatus = 'pending' | 'approved' | 'rejected';
export type MeetingKind = 'executive_meeting' | 'leadership_meeting';
export type DeliberationDecision = 'adopted' | 'revise' | 'rejected';
export type FilingOutcome = 'accepted' | 'correction_ordered' | 'not_reviewable';
export type CorrectionStatus = 'ordered' | 'reported' | 'confirmed';
export type PostEvaluationStatus = 'pending' | 'in_progress' | 'concluded';
export type ReviewRequestStatus = 'received' | 'accepted' | 'declined' | 'answered';

export interface LegalBasis {
  title: string;
  article?: string | undefined;
}

import type { ChecklistEntry } from '@fazhi/core/participation';
export type { ChecklistEntry };

export interface NormativeIssuerTable {
  region_code: string;
  org_id: string;
  number_prefix: string;
  updated_at: Generated<Date>;
}

export interface NormativeNumberSequenceTable {
  region_code: string;
  issuer_org_id: string;
  year: number;
  last_seq: number;
}

export interface NormativeDocumentTable {
  region_code: string;
  id: string;
  drafting_org_id: string;
  issuer_org_id: string;
  title: string;
  kind: DocumentKind;
  legal_bases: Json<LegalBasis[]>;
  affects_rights: boolean;
  affects_market: boolean;
  drafting_explanation: Generated<string>;
  status: DocumentStatus;
  consultation_closed_on: string | null;
  consultation_exempt_reason: string | null;
  fair_competition_passed: boolean | null;
  legality_review_passed: boolean | null;
  review_changes_pending: Generated<boolean>;
  deliberated_on: string | null;
  doc_number: string | null;
  published_on: string | null;
  effective_on: string | null;
  expires_on: string | null;
  filing_status: FilingStatus | null;
  ended_on: string | null;
  ended_reason: string | null;
  replaces_id: string | null;
  /** jieba words of title, 文号 and articles (search-index.ts); written only through indexDocument */
  search_vector: ColumnType<string | null, never, never>;
  is_demo: Generated<boolean>;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface NormativeArticleTable {
  region_code: string;
  id: string;
  document_id: string;
  seq: number;
  heading: string;
  body: string;
}

export interface NormativeRegistrationTable {
  region_code: string;
  id: string;
  document_id: string;
  issuer_org_id: string;
  year: number;
  seq: number;
  doc_number: string;
  reason: 'initial' | 'renewal';
  published_on: string;
  effective_on: string;
  expires_on: string;
  registered_by: string | null;
  registered_at: Generated<Date>;
}

/** 公平竞争审查: the drafting unit's own review of a draft that affects market activity (one row per round). The
 * consultation, its comments and the legality review are the shared mechanism's (platform/participation/tables.ts). */
export interface NormativeFairCompetitionReviewTable {
  region_code: string;
  id: string;
  document_id: string;
  round: number;
  submitted_on: string;
  submitted_by: string | null;
  reviewer_org_id: string;
  checklist: Json<unknown[]>;
  opinion: string | null;
  result: ReviewResult | null;
  early_reason: string | null;
  concluded_on: string | null;
  reviewed_by: string | null;
  created_at: Generated<Date>;
}

/** 修改后通过: the drafting unit's 修改情况说明 and the day it recorded the revision, by the legality review it answers. */
export interface NormativeReviewRevisionTable {
  region_code: string;
  review_id: string;
  document_id: string;
  statement: string;
  revised_on: string;
  revised_by: string | null;
  created_at: Generated<Date>;
}

export interface NormativeDeliberationTable {
  region_code: string;
  id: string;
  document_id: string;
  meeting_kind: MeetingKind;
  meeting_name: string;
  meeting_on: string;
  decision: DeliberationDecision;
  note: Generated<string>;
  recorded_by: string | null;
  created_at: Generated<Date>;
}

export interface NormativeFilingTable {
  region_code: string;
  id: string;
  document_id: string;
  registration_id: string;
  submitted_on: string;
  submitted_by: string | null;
  filed_with_org_id: string;
  forwarded_to_government_on: string | null;
  forwarded_to_congress_on: string | null;
  forwarded_by: string | null;
  outcome: FilingOutcome | null;
  opinion: string | null;
  reviewed_on: string | null;
  reviewed_by: string | null;
  created_at: Generated<Date>;
}

export interface NormativeCorrectionTable {
  region_code: string;
  id: string;
  document_id: string;
  filing_id: string;
  ordered_on: string;
  ordered_by: string | null;
  opinion: string;
  status: CorrectionStatus;
  reported_on: string | null;
  report: string | null;
  reported_by: string | null;
  confirmed_on: string | null;
  confirmed_by: string | null;
  created_at: Generated<Date>;
}

export interface NormativePostEvaluationTable {
  region_code: string;
  id: string;
  document_id: string;
  registration_id: string;
  status: PostEvaluationStatus;
  due_on: string;
  created_by_job: Generated<boolean>;
  started_on: string | null;
  started_by: string | null;
  outcome: PostEvaluationOutcome | null;
  conclusion: string | null;
  concluded_on: string | null;
  concluded_by: string | null;
  created_at: Generated<Date>;
}

export interface NormativeCleanupCampaignTable {
  region_code: string;
  id: string;
  title: string;
  kind: 'periodic' | 'special';
  trigger_law: string | null;
  opened_on: string;
  opened_by: string | null;
  status: 'open' | 'published';
  published_on: string | null;
  published_by: string | null;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface NormativeCleanupItemTable {
  region_code: string;
  id: string;
  campaign_id: string;
  document_id: string;
  outcome: CleanupOutcome | null;
  reason: string | null;
  decided_on: string | null;
  decided_by: string | null;
}

export interface NormativeReviewRequestTable {
  region_code: string;
  id: string;
  tracking_number: string;
  handler_org_id: string;
  document_id: string | null;
  document_title: string;
  requester_kind: 'citizen' | 'organisation';
  requester_name: string;
  contact_enc: string | null;
  reasons: string;
  ip_hash: string | null;
  received_on: string;
  status: ReviewRequestStatus;
  decision_reason: string | null;
  decided_on: string | null;
  decided_by: string | null;
  answer: string | null;
  answered_on: string | null;
  answered_by: string | null;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface NormativeStatusHistoryTable {
  region_code: string;
  id: Generated<string>;
  document_id: string;
  from_status: DocumentStatus | null;
  to_status: DocumentStatus;
  act: string;
  acted_on: string;
  actor_user_id: string | null;
  note: Generated<string>;
  at: Generated<Date>;
  /** the day this row stops being the document's status (the next row's day); kept by the database's trigger */
  valid_until: Generated<string | null>;
}

/** 政策解读 of a published document (one current per document). */
export interface NormativeInterpretationTable {
  region_code: string;
  document_id: string;
  title: string;
  body: string;
  published_by: string | null;
  published_at: Timestamp;
  is_demo: Generated<boolean>;
}

declare module '../../platform/db/schema' {
  interface Database {
    normative_issuers: NormativeIssuerTable;
    normative_number_sequences: NormativeNumberSequenceTable;
    normative_documents: NormativeDocumentTable;
    normative_articles: NormativeArticleTable;
    normative_registrations: NormativeRegistrationTable;
    normative_fair_competition_reviews: NormativeFairCompetitionReviewTable;
    normative_review_revisions: NormativeReviewRevisionTable;
    normative_deliberations: NormativeDeliberationTable;
    normative_filings: NormativeFilingTable;
    normative_corrections: NormativeCorrectionTable;
    normative_post_evaluations: NormativePostEvaluationTable;
    normative_cleanup_campaigns: NormativeCleanupCampaignTable;
    normative_cleanup_items: NormativeCleanupItemTable;
    normative_review_requests: NormativeReviewRequestTable;
    normative_status_history: NormativeStatusHistoryTable;
    normative_interpretations: NormativeInterpretationTable;
  }
}
