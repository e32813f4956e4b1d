// The Kysely view of the commitments tables (migrations/). Dates are ISO strings.
import type { Generated, Selectable } from 'kysely';
import type { ApplicantKind, CheckResult, CommitmentList, FalseCommitmentConsequence } from '@fazhi/core/commitments';

export interface CommitmentItemTable {
  region_code: string;
  id: string;
  body_org_id: string;
  list: CommitmentList;
  item_code: string;
  item_name: string;
  basis: string;
  commitment_content: string;
  allowed_from: string;
  created_by: string | null;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface CommitmentMatterTable {
  region_code: string;
  id: string;
  body_org_id: string;
  item_id: string;
  applicant_kind: ApplicantKind;
  applicant_name: string;
  applicant_uscc: string | null;
  applicant_id_enc: string | null;
  applicant_mobile_enc: string | null;
  handled_on: string;
  commitment: string;
  checked_on: string | null;
  check_result: CheckResult | null;
  check_note: string | null;
  consequences: Generated<FalseCommitmentConsequence[]>;
  consequence_note: string | null;
  recorded_by: string | null;
  checked_by: string | null;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
}

export type CommitmentMatterRecord = Selectable<CommitmentMatterTable>;

declare module '../../platform/db/schema' {
  interface Database {
    commitment_items: CommitmentItemTable;
    commitment_matters: CommitmentMatterTable;
  }
}
