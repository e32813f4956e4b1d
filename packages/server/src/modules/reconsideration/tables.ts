// The Kysely view of the module's tables (migrations/202612110503_reconsideration.sql and those after it).
import type { ColumnType, Generated } from 'kysely';
import type {
  AcceptanceCondition,
  ApplicationChannel,
  CaseStatus,
  DecisionType,
  HearingGround,
  HearingStatus,
  NormativeReviewOutcome,
  NormativeReviewRoute,
  NormativeReviewSource,
  Procedure,
  RespondentAttendance,
  ReviewableDocumentKind,
  ViewWay,
} from '@fazhi/core/reconsideration';

type NullableJson<T> = ColumnType<T | null, string | null | undefined, string | null>;

export interface ReconsiderationCaseTable {
  region_code: string;
  id: string;
  tracking_number: string;
  body_org_id: string;
  office_org_id: string;
  channel: ApplicationChannel;
  status: CaseStatus;
  respondent_name: string;
  respondent_org_id: string | null;
  contested_act: string;
  act_on: string | null;
  known_on: string;
  real_property: Generated<boolean>;
  not_informed: Generated<boolean>;
  informed_on: string | null;
  requests: string;
  reasons: string;
  received_on: string;
  correction_items: NullableJson<string[]>;
  correction_requested_on: string | null;
  correction_submitted_on: string | null;
  correction_text: string | null;
  conditions_met: NullableJson<AcceptanceCondition[]>;
  accepted_on: string | null;
  deemed_accepted: Generated<boolean>;
  refused_on: string | null;
  refusal_reason: string | null;
  competent_body: string | null;
  procedure: Procedure | null;
  simplified_ground: string | null;
  amount_yuan: string | null;
  major: Generated<boolean>;
  handler_ids: ColumnType<string[], string | undefined, string>;
  copy_sent_on: string | null;
  answered_on: string | null;
  suspension_ground: string | null;
  termination_ground: string | null;
  ended_on: string | null;
  decision_type: DecisionType | null;
  decided_on: string | null;
  decision_text: string | null;
  written_review_reason: string | null;
  published_on: string | null;
  // 第七十三条、第七十四条 (migrations/202612120402_reconsideration_mediation.sql)
  mediation_text: string | null;
  mediated_on: string | null;
  settlement_text: string | null;
  settled_on: string | null;
  ip_hash: string | null;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ReconsiderationCaseActTable {
  region_code: string;
  id: string;
  case_id: string;
  act: string;
  acted_on: string;
  status: CaseStatus;
  summary: string;
  actor_id: string | null;
  created_at: Generated<Date>;
}

export interface ReconsiderationCaseViewTable {
  region_code: string;
  id: string;
  case_id: string;
  party: string;
  way: ViewWay;
  heard_on: string;
  summary: string;
  recorded_by: string | null;
  created_at: Generated<Date>;
}

/** 第七十六条: a 行政复议意见书 and its addressee's report (migrations/202612110601_reconsideration_opinions.sql). */
export interface ReconsiderationOpinionTable {
  region_code: string;
  id: string;
  case_id: string;
  addressee_name: string;
  addressee_org_id: string | null;
  content: string;
  issued_on: string;
  received_on: string;
  reported_on: string | null;
  report_text: string | null;
  issued_by: string | null;
  created_at: Generated<Date>;
}

/** 第五十条、第五十一条: a hearing (migrations/202612120401_reconsideration_hearings.sql). */
export interface ReconsiderationHearingTable {
  region_code: string;
  id: string;
  case_id: string;
  ground: HearingGround;
  status: HearingStatus;
  hearing_on: string;
  place: string;
  issues: string;
  presiding_id: string;
  officer_ids: ColumnType<string[], string, string>;
  recorder_name: string;
  notice_on: string;
  notice_due: string;
  held_on: string | null;
  respondent_attendance: RespondentAttendance | null;
  respondent_attendee: string | null;
  head_absence_reason: string | null;
  record_text: string | null;
  scheduled_by: string | null;
  created_at: Generated<Date>;
}

/** 第五十六条至第六十条 (migrations/202612120403_reconsideration_normative_reviews.sql). */
export interface ReconsiderationNormativeReviewTable {
  region_code: string;
  id: string;
  case_id: string;
  source: NormativeReviewSource;
  document_kind: ReviewableDocumentKind;
  document_title: string;
  issuer_name: string;
  clauses: string;
  normative_document_id: string | null;
  normative_request_id: string | null;
  normative_request_tracking: string | null;
  route: NormativeReviewRoute;
  opened_on: string;
  issuer_notified_on: string | null;
  issuer_replied_on: string | null;
  issuer_reply: string | null;
  forwarded_on: string | null;
  forwardee_name: string | null;
  forwardee_replied_on: string | null;
  forwardee_reply: string | null;
  outcome: NormativeReviewOutcome | null;
  conclusion: string | null;
  concluded_on: string | null;
  opened_by: string | null;
  created_at: Generated<Date>;
}

declare module '../../platform/db/schema' {
  interface Database {
    reconsideration_opinions: ReconsiderationOpinionTable;
    reconsideration_hearings: ReconsiderationHearingTable;
    reconsideration_normative_reviews: ReconsiderationNormativeReviewTable;
    reconsideration_case_views: ReconsiderationCaseViewTable;
    reconsideration_cases: ReconsiderationCaseTable;
    reconsideration_case_acts: ReconsiderationCaseActTable;
  }
}
