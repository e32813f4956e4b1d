// The Kysely view of the tables after a decision (migrations/202612090401_decision_after.sql).
import type { Generated } from 'kysely';
import type {
  AccountabilityArticle,
  EvaluationConclusion,
  ExecutionProblem,
  MeetingKind,
  PostEvaluationTrigger,
} from '@fazhi/core/major-decisions';

interface Keyed {
  region_code: string;
  id: string;
  decision_id: string;
  created_at: Generated<Date>;
}

export interface DecisionImplementationTable extends Keyed {
  org_id: string;
  is_lead: boolean;
  assigned_on: string;
  assignment_record: string;
}

export interface DecisionProgressReportTable extends Keyed {
  org_id: string;
  reported_on: string;
  progress: string;
  problem: ExecutionProblem | null;
  problem_detail: string | null;
  reported_by: string | null;
}

export interface DecisionEvaluationTable extends Keyed {
  trigger: PostEvaluationTrigger;
  trigger_detail: string;
  evaluator_name: string;
  participants: string;
  report: string;
  conclusion: EvaluationConclusion;
  evaluated_on: string;
}

export type DecisionChangeKind = 'suspend' | 'adjust_minor' | 'adjust_major' | 'stop';

export interface DecisionChangeTable extends Keyed {
  kind: DecisionChangeKind;
  decided_on: string;
  reason: string;
  record: string;
  meeting_kind: MeetingKind | null;
  situation: ExecutionProblem | null;
  content: string | null;
  new_decision_id: string | null;
}

export interface DecisionAccountabilityTable extends Keyed {
  person: string;
  article: AccountabilityArticle;
  finding: string;
  handling_body: string;
  handling: string;
  decided_on: string;
}

export interface DecisionArchiveTable {
  region_code: string;
  decision_id: string;
  archived_on: string;
  archived_by: string | null;
  case_file: Buffer;
  case_file_sm3: string;
  manifest: string;
  manifest_sm3: string;
  created_at: Generated<Date>;
}

declare module '../../../platform/db/schema' {
  interface Database {
    decision_implementations: DecisionImplementationTable;
    decision_progress_reports: DecisionProgressReportTable;
    decision_evaluations: DecisionEvaluationTable;
    decision_changes: DecisionChangeTable;
    decision_accountability: DecisionAccountabilityTable;
    decision_archives: DecisionArchiveTable;
  }
}
