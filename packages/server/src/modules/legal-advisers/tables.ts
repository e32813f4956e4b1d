// The Kysely view of the legal-advisers tables (migrations/202612120702_legal_advisers.sql). Dates are ISO strings.
import type { ColumnType, Generated } from 'kysely';
import type {
  AdviserKind,
  AdviserLevel,
  ContractKind,
  EngagementKind,
  ReviewMatterKind,
} from '@fazhi/core/legal-advisers';

/** numeric columns come back as strings from pg */
type Numeric = ColumnType<string, number | string, number | string>;

export interface LegalAdviserTable {
  region_code: string;
  id: string;
  unit_id: string;
  level: AdviserLevel;
  community_name: string | null;
  kind: AdviserKind;
  name: string;
  firm: string | null;
  licence_number: string | null;
  certificate_number: string | null;
  contract_from: string | null;
  contract_until: string | null;
  fee_yuan: Numeric | null;
  service_scope: string | null;
  created_by: string | null;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface LegalAdviserEngagementTable {
  region_code: string;
  id: string;
  adviser_id: string;
  kind: EngagementKind;
  matter: string;
  engaged_on: string;
  opinion: string;
  signed_on: string;
  review_id: string | null;
  recorded_by: string | null;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface LegalReviewMatterTable {
  region_code: string;
  id: string;
  kind: ReviewMatterKind;
  contract_kind: ContractKind | null;
  unit_id: string;
  title: string;
  counterparty: string | null;
  amount_yuan: Numeric | null;
  body_text: string;
  annexes: string | null;
  own_review: string;
  created_by: string | null;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface LegalReviewRevisionTable {
  region_code: string;
  review_id: string;
  matter_id: string;
  revised_on: string;
  explanation: string;
  revised_by: string | null;
  created_at: Generated<Date>;
}

export interface LegalReviewMeetingTable {
  region_code: string;
  id: string;
  unit_id: string;
  title: string;
  held_on: string;
  recorded_by: string | null;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface LegalReviewMeetingTopicTable {
  region_code: string;
  meeting_id: string;
  matter_id: string;
  seq: number;
}

declare module '../../platform/db/schema' {
  interface Database {
    legal_advisers: LegalAdviserTable;
    legal_adviser_engagements: LegalAdviserEngagementTable;
    legal_review_matters: LegalReviewMatterTable;
    legal_review_revisions: LegalReviewRevisionTable;
    legal_review_meetings: LegalReviewMeetingTable;
    legal_review_meeting_topics: LegalReviewMeetingTopicTable;
  }
}
