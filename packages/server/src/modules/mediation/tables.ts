// The Kysely view of the mediation tables (migrations/). Dates are ISO strings; amounts numeric strings.
import type { ColumnType, Generated, Selectable } from 'kysely';
import type {
  AgreementForm,
  CommitteeKind,
  ConfirmationResult,
  DisputeSource,
  DisputeStatus,
  LinkedProcedure,
  MediationKind,
  MediatorPost,
  Performance,
} from '@fazhi/core/mediation';

export interface MediationCommitteeTable {
  region_code: string;
  id: string;
  org_id: string;
  name: string;
  kind: CommitteeKind;
  elected_on: string | null;
  address: string | null;
  created_by: string | null;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface MediationMediatorTable {
  region_code: string;
  id: string;
  committee_id: string;
  name: string;
  gender: 'female' | 'male';
  post: MediatorPost;
  since: string;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface MediationDisputeTable {
  region_code: string;
  id: string;
  org_id: string;
  kind: MediationKind;
  committee_id: string | null;
  year: number;
  seq: number;
  dispute_type: string;
  source: DisputeSource;
  summary: string;
  major: Generated<boolean>;
  registered_on: string;
  mediators: string;
  linked_procedure: LinkedProcedure | null;
  linked_reference: string | null;
  status: Generated<DisputeStatus>;
  agreement_form: AgreementForm | null;
  effective_on: string | null;
  agreement_content: string | null;
  amount_yuan: ColumnType<string | null, string | number | null, string | number | null>;
  performance_due: string | null;
  confirmation_due: string | null;
  confirmation_explanation: ColumnType<string[] | null, string | null, string | null>;
  performance: Performance | null;
  performance_on: string | null;
  performance_note: string | null;
  confirmation_applied_on: string | null;
  confirmation_court: string | null;
  confirmation_result: ConfirmationResult | null;
  confirmation_decided_on: string | null;
  ended_on: string | null;
  end_reason: string | null;
  remedies_told: boolean | null;
  recorded_by: string | null;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
}
export type MediationDisputeRecord = Selectable<MediationDisputeTable>;

export interface MediationSessionTable {
  region_code: string;
  id: string;
  dispute_id: string;
  held_on: string;
  place: string;
  mediators: string;
  record: string;
  created_by: string | null;
  created_at: Generated<Date>;
}

declare module '../../platform/db/schema' {
  interface Database {
    mediation_committees: MediationCommitteeTable;
    mediation_mediators: MediationMediatorTable;
    mediation_disputes: MediationDisputeTable;
    mediation_sessions: MediationSessionTable;
  }
}
