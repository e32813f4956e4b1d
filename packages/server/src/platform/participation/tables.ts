// The Kysely view of the shared consultations, their comments and the legality reviews (migration
// 202612080101_participation.sql).
import type { ColumnType, Generated } from 'kysely';
import type {
  ChecklistEntry,
  CommentAnswer,
  CounselRole,
  ModerationStatus,
  ReviewResult,
} from '@fazhi/core/participation';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T> = ColumnType<T, string, string>;
/** a jsonb column with a default: left out on insert */
type JsonDefault<T> = ColumnType<T, string | undefined, string>;

export interface Counsel {
  name: string;
  role: CounselRole;
  /** the registered adviser (法律顾问/公职律师 registry of the legal-advisers module) where the lender names one */
  adviserId?: string | undefined;
}

export interface ConsultationTable {
  region_code: string;
  id: string;
  subject_type: string;
  subject_id: string;
  org_id: string;
  opens_on: string;
  closes_on: string;
  shortened_reason: string | null;
  status: 'open' | 'closed';
  closed_on: string | null;
  opened_by: string | null;
  created_at: Generated<Date>;
}

export interface ConsultationCommentTable {
  region_code: string;
  id: string;
  consultation_id: string;
  article_id: string | null;
  body: string;
  commenter_name: string | null;
  contact_enc: string | null;
  ip_hash: string | null;
  moderation_status: Generated<ModerationStatus>;
  moderation_note: string | null;
  moderated_by: string | null;
  moderated_at: Timestamp | null;
  answer: CommentAnswer | null;
  answer_reason: string | null;
  answered_by: string | null;
  answered_at: Timestamp | null;
  is_demo: Generated<boolean>;
  submitted_at: Timestamp;
}

export interface LegalityReviewTable {
  region_code: string;
  id: string;
  subject_type: string;
  subject_id: string;
  org_id: string;
  round: number;
  submitted_on: string;
  submitted_by: string | null;
  reviewer_org_id: string;
  package: Json<Record<string, unknown>>;
  checklist: JsonDefault<ChecklistEntry[]>;
  counsel: JsonDefault<Counsel[]>;
  opinion: string | null;
  result: ReviewResult | null;
  early_reason: string | null;
  late: boolean | null;
  concluded_on: string | null;
  reviewed_by: string | null;
  /** the individual opinions the opinion holds, where the lent kind counts them (migration 202612120701) */
  opinion_count: ColumnType<number | null, number | null | undefined, number | null>;
  created_at: Generated<Date>;
}

declare module '../db/schema' {
  interface Database {
    consultations: ConsultationTable;
    consultation_comments: ConsultationCommentTable;
    legality_reviews: LegalityReviewTable;
  }
}
