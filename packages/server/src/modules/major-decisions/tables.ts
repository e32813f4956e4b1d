// The Kysely view of the major-decision tables (migrations/). Dates are ISO strings: the connection returns
// PostgreSQL dates as text.
import type { ColumnType, Generated } from 'kysely';
import type {
  CatalogueStatus,
  DecisionStatus,
  MeetingDecision,
  MeetingKind,
  MeetingSpeech,
} from '@fazhi/core/major-decisions';

export interface DecisionCatalogueTable {
  region_code: string;
  id: string;
  body_org_id: string;
  year: number;
  version_no: number;
  status: CatalogueStatus;
  adjustment_reason: string | null;
  party_consent_on: string | null;
  party_consent_record: string | null;
  published_on: string | null;
  created_by: string | null;
  consent_recorded_by: string | null;
  published_by: string | null;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface DecisionCatalogueItemTable {
  region_code: string;
  id: string;
  catalogue_id: string;
  item_key: string;
  seq: number;
  title: string;
  sponsor_org_id: string;
  legal_basis: string;
  policy_basis: Generated<string>;
  planned_start: string;
  planned_finish: string;
  hearing: boolean;
  expert_review: boolean;
  risk_assessment: boolean;
  fair_competition_review: boolean;
}

type Json<T> = ColumnType<T, string, string>;

export interface DecisionExpertTable {
  region_code: string;
  id: string;
  name: string;
  field: string;
  employer: string;
  term_from: string;
  term_to: string;
  conflicts: Json<string[]>;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface DecisionExpertDrawTable {
  region_code: string;
  id: string;
  matter: string;
  field: string;
  count: number;
  interests: Json<string[]>;
  seed: string;
  candidates: Json<{ id: string; name: string }[]>;
  excluded: Json<{ id: string; name: string; reason: string }[]>;
  drawn: Json<{ id: string; name: string; employer: string }[]>;
  drawn_on: string;
  drawn_by: string | null;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
  /** the decision the draw was made for (第二十条), and why an earlier draw for it was redone */
  decision_id: string | null;
  redraw_reason: string | null;
}

export interface DecisionRecordTable {
  region_code: string;
  id: string;
  body_org_id: string;
  sponsor_org_id: string;
  catalogue_item_id: string | null;
  outside_catalogue_reason: string | null;
  title: string;
  proposal: string;
  proposer: string;
  proposed_on: string;
  hearing: boolean;
  expert_review: boolean;
  risk_assessment: boolean;
  fair_competition_review: boolean;
  status: DecisionStatus;
  start_decided_on: string | null;
  start_record: string | null;
  draft_text: string | null;
  draft_explanation: string | null;
  draft_options: ColumnType<string[], string | undefined, string>;
  views_differ_widely: Generated<boolean>;
  single_option_reason: string | null;
  draft_recorded_on: string | null;
  legality: 'lawful' | 'unlawful' | null;
  meeting_kind: MeetingKind | null;
  meeting_name: string | null;
  meeting_on: string | null;
  meeting_attendees: ColumnType<string[], string | undefined, string>;
  meeting_speeches: ColumnType<MeetingSpeech[], string | undefined, string>;
  meeting_decision: MeetingDecision | null;
  head_reasons: string | null;
  party_reported_on: string | null;
  party_report_record: string | null;
  published_on: string | null;
  published_text: string | null;
  adoption_explanation: string | null;
  interpretation: string | null;
  filed_on: string | null;
  filing_record: string | null;
  is_demo: Generated<boolean>;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface DecisionRecordActTable {
  region_code: string;
  id: string;
  decision_id: string;
  act: string;
  acted_on: string;
  acted_by: string | null;
  summary: string;
  status_after: DecisionStatus;
  created_at: Generated<Date>;
}

declare module '../../platform/db/schema' {
  interface Database {
    decision_experts: DecisionExpertTable;
    decision_expert_draws: DecisionExpertDrawTable;
    decision_catalogues: DecisionCatalogueTable;
    decision_catalogue_items: DecisionCatalogueItemTable;
    decision_records: DecisionRecordTable;
    decision_record_acts: DecisionRecordActTable;
  }
}
