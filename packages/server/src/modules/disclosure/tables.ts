// The Kysely view of the module's tables (migrations/202612120601_disclosure.sql).
import type { ColumnType, Generated } from 'kysely';
import type {
  ApplicantKind,
  ConsultationKind,
  DeliveryForm,
  ReplyOutcome,
  RequestChannel,
  RequestStatus,
} from '@fazhi/core/disclosure';

type NullableJson<T> = ColumnType<T | null, string | null | undefined, string | null>;

export interface DisclosureRequestTable {
  region_code: string;
  id: string;
  tracking_number: string;
  body_org_id: string;
  channel: RequestChannel;
  status: RequestStatus;
  applicant_kind: ApplicantKind;
  information_description: string;
  delivery_form: DeliveryForm;
  submitted_on: string;
  received_on: string | null;
  receipt_basis: string | null;
  correction_items: NullableJson<string[]>;
  correction_requested_on: string | null;
  correction_answered_on: string | null;
  correction_text: string | null;
  extension_approver: string | null;
  extension_approved_on: string | null;
  extension_reason: string | null;
  outcome: ReplyOutcome | null;
  replied_on: string | null;
  reply_text: string | null;
  holder_name: string | null;
  replied_late: boolean | null;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface DisclosureConsultationTable {
  region_code: string;
  id: string;
  request_id: string;
  kind: ConsultationKind;
  consultee: string;
  started_on: string;
  ended_on: string | null;
  opinion: string | null;
  created_at: Generated<Date>;
}

export interface DisclosureRequestActTable {
  region_code: string;
  id: string;
  request_id: string;
  act: string;
  acted_on: string;
  status: RequestStatus;
  summary: string;
  actor_id: string | null;
  created_at: Generated<Date>;
}

declare module '../../platform/db/schema' {
  interface Database {
    disclosure_requests: DisclosureRequestTable;
    disclosure_consultations: DisclosureConsultationTable;
    disclosure_request_acts: DisclosureRequestActTable;
  }
}
