// The Kysely view of the litigation tables (migrations/). Dates are ISO strings.
import type { Generated, Selectable } from 'kysely';
import type {
  AbsenceReason,
  Appearance,
  CallGround,
  HeadPost,
  RecommendationSource,
  SuitInstance,
  SuitOutcome,
  SuitStatus,
} from '@fazhi/core/litigation';

export interface LitigationSuitTable {
  region_code: string;
  id: string;
  body_org_id: string;
  handler_name: string;
  court_name: string;
  suit_number: string;
  instance: SuitInstance;
  suit_cause: string;
  contested_act: string;
  contested_type: 'reconsideration_case' | null;
  contested_id: string | null;
  previous_suit_id: string | null;
  filed_on: string;
  major: boolean;
  group_suit: boolean;
  compensation: boolean;
  court_called: Generated<CallGround[]>;
  status: SuitStatus;
  complaint_served_on: string | null;
  defence_submitted_on: string | null;
  defence_late: Generated<boolean>;
  evidence_note: string | null;
  outcome: SuitOutcome | null;
  outcome_on: string | null;
  outcome_served_on: string | null;
  outcome_note: string | null;
  appealed: boolean | null;
  appealed_by: string | null;
  concluded_on: string | null;
  performed_on: string | null;
  performance_note: string | null;
  recorded_by: string | null;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
}
export type SuitRecord = Selectable<LitigationSuitTable>;

export interface LitigationHearingTable {
  region_code: string;
  id: string;
  suit_id: string;
  hearing_on: string;
  court_room: string;
  notice_served_on: string | null;
  notice_late: Generated<boolean>;
  appearance: Appearance | null;
  head_name: string | null;
  head_post: HeadPost | null;
  certificate_on: string | null;
  absence_reason: AbsenceReason | null;
  absence_proof: string | null;
  stand_in_name: string | null;
  stand_in_post: string | null;
  created_at: Generated<Date>;
}
export type HearingRecord = Selectable<LitigationHearingTable>;

export interface LitigationRecommendationTable {
  region_code: string;
  id: string;
  body_org_id: string;
  suit_id: string | null;
  source: RecommendationSource;
  issuer: string;
  recommendation_number: string;
  received_on: string;
  content: string;
  replied_on: string | null;
  reply_text: string | null;
  reply_late: Generated<boolean>;
  recorded_by: string | null;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
}

declare module '../../platform/db/schema' {
  interface Database {
    litigation_suits: LitigationSuitTable;
    litigation_hearings: LitigationHearingTable;
    litigation_recommendations: LitigationRecommendationTable;
  }
}
