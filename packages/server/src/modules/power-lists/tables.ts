// The Kysely view of the power-list tables (migrations/). Dates are ISO strings: the connection returns PostgreSQL
// dates as text.
import type { ColumnType, Generated } from 'kysely';
import type { AdjustmentKind, LegalBasis, ListKind, PowerItemKind } from '@fazhi/core/power-lists';

type Json<T> = ColumnType<T, string, string>;

export interface PowerListVersionTable {
  region_code: string;
  id: string;
  list_kind: ListKind;
  version_no: number;
  adjustment_kind: AdjustmentKind;
  reason: string;
  approved_by: string;
  approved_on: string;
  effective_on: string;
  item_count: number;
  recorded_by: string | null;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface PowerListItemTable {
  region_code: string;
  id: string;
  list_kind: ListKind;
  code: string;
  from_version: number;
  until_version: number | null;
  item_kind: PowerItemKind;
  name: string;
  sub_items: Json<string[]>;
  legal_bases: Json<LegalBasis[]>;
  body_org_id: string;
  responsibilities: Json<string[]>;
  accountability: Json<string[]>;
  extra: Json<Record<string, string>>;
  search_vector: ColumnType<string, never, never>;
  is_demo: Generated<boolean>;
}

declare module '../../platform/db/schema' {
  interface Database {
    power_list_versions: PowerListVersionTable;
    power_list_items: PowerListItemTable;
  }
}
