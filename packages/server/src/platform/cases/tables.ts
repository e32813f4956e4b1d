// The Kysely view of the shared case record (migration 202612110502_case_record.sql).
import type { ColumnType, Generated } from 'kysely';
import type { PartyKind, ServiceMethod } from '@fazhi/core/cases';

type Json<T> = ColumnType<T, string, string>;

export interface CasePartyTable {
  region_code: string;
  id: string;
  case_type: string;
  case_id: string;
  role: string;
  kind: PartyKind;
  name: string;
  id_number_enc: string | null;
  id_number_masked: string | null;
  credit_code: string | null;
  phone_enc: string | null;
  phone_masked: string | null;
  address: string | null;
  seq: number;
  created_at: Generated<Date>;
}

export interface CasePauseTable {
  region_code: string;
  id: string;
  case_type: string;
  case_id: string;
  cause: string;
  reason: string;
  from_on: string;
  to_on: string | null;
  held_kinds: Json<string[]>;
  created_at: Generated<Date>;
}

export interface CaseServiceRecordTable {
  region_code: string;
  id: string;
  case_type: string;
  case_id: string;
  paper: string;
  party_id: string | null;
  recipient: string;
  method: ServiceMethod;
  served_on: string;
  note: string | null;
  recorded_by: string | null;
  created_at: Generated<Date>;
}

declare module '../db/schema' {
  interface Database {
    case_parties: CasePartyTable;
    case_pauses: CasePauseTable;
    case_service_records: CaseServiceRecordTable;
  }
}
