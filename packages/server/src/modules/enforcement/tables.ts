// The Kysely view of the enforcement tables (migrations/). Dates are ISO strings: the connection returns PostgreSQL
// dates as text.
import type { ColumnType, Generated } from 'kysely';
import type {
  BodyStatus,
  ExamResult,
  LegalStatus,
  OfficerKind,
  StoredCertificateStatus,
} from '@fazhi/core/enforcement';

type Json<T> = ColumnType<T, string, string>;

export interface EnforcementBodyTable {
  org_id: string;
  region_code: string;
  legal_status: LegalStatus;
  entrusting_org_id: string | null;
  entrustment_scope: string | null;
  entrustment_from: string | null;
  entrustment_to: string | null;
  fields: Json<string[]>;
  address: string;
  phones: string;
  status: Generated<BodyStatus>;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface AnnouncedBody {
  name: string;
  legalStatusLabel: string;
  entrustingName: string | null;
  entrustmentScope: string | null;
  entrustmentFrom: string | null;
  entrustmentTo: string | null;
  fields: string[];
  address: string;
  phones: string;
}

export interface EnforcementBodyAnnouncementTable {
  id: string;
  region_code: string;
  version_no: number;
  published_on: string;
  published_by: string | null;
  bodies: Json<AnnouncedBody[]>;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface EnforcementOfficerTable {
  id: string;
  region_code: string;
  org_id: string;
  name: string;
  id_number_enc: string;
  kind: OfficerKind;
  certificate_number: string | null;
  category: string;
  area: string;
  issued_on: string | null;
  certificate_status: StoredCertificateStatus | null;
  registered_year: number | null;
  exam_result: ExamResult | null;
  legal_profession_qualified: boolean;
  is_legal_reviewer: boolean;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
}

declare module '../../platform/db/schema' {
  interface Database {
    enforcement_bodies: EnforcementBodyTable;
    enforcement_body_announcements: EnforcementBodyAnnouncementTable;
    enforcement_officers: EnforcementOfficerTable;
  }
}
