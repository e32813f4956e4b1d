// The Kysely view of a decision's middle-step tables (migrations/202612090411_decision_steps.sql).
import type { Generated } from 'kysely';
import type { FairCompetitionConclusion, RiskLevel } from '@fazhi/core/major-decisions';

type Json<T> = import('kysely').ColumnType<T, string, string>;

export interface DecisionHearingTable {
  region_code: string;
  id: string;
  decision_id: string;
  hearing_on: string;
  place: string;
  selection_rules: string;
  participants: Json<string[]>;
  announced_on: string;
  materials_sent_on: string;
  materials_due: string;
  materials_explanation: Json<string[]>;
  /** 第十六条: how to apply to take part, and by when (both or neither) */
  application_method: import('kysely').ColumnType<string | null, string | null | undefined, string | null>;
  application_closes_on: import('kysely').ColumnType<string | null, string | null | undefined, string | null>;
  held_on: import('kysely').ColumnType<string | null, string | null | undefined, string | null>;
  record_summary: import('kysely').ColumnType<string | null, string | null | undefined, string | null>;
  signed_by: import('kysely').ColumnType<string[], string | undefined, string>;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface DecisionExpertOpinionTable {
  region_code: string;
  id: string;
  decision_id: string;
  draw_id: string;
  expert_id: string;
  expert_name: string;
  opinion: string;
  signed: boolean;
  given_on: string;
  created_at: Generated<Date>;
}

export interface DecisionRiskAssessmentTable {
  region_code: string;
  id: string;
  decision_id: string;
  assessor: string;
  level: RiskLevel;
  controllable: boolean;
  risk_points: Json<string[]>;
  measures: string;
  contingency_plan: string;
  assessed_on: string;
  created_at: Generated<Date>;
}

export interface DecisionFairCompetitionReviewTable {
  region_code: string;
  id: string;
  decision_id: string;
  reviewing_body: string;
  conclusion: FairCompetitionConclusion;
  explanation: string;
  reviewed_on: string;
  created_at: Generated<Date>;
}

declare module '../../../../platform/db/schema' {
  interface Database {
    decision_hearings: DecisionHearingTable;
    decision_expert_opinions: DecisionExpertOpinionTable;
    decision_risk_assessments: DecisionRiskAssessmentTable;
    decision_fair_competition_reviews: DecisionFairCompetitionReviewTable;
  }
}
