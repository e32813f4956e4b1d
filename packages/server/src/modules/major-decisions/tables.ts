// The Kysely view of the major-decision tables (migrations/). Dates are ISO strings: the connection returns
// PostgreSQL dates as text.
import type { Generated } from 'kysely';
import type { CatalogueStatus } from '@fazhi/core/major-decisions';

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

declare module '../../platform/db/schema' {
  interface Database {
    decision_catalogues: DecisionCatalogueTable;
    decision_catalogue_items: DecisionCatalogueItemTable;
  }
}
