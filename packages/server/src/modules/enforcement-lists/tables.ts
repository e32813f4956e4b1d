// The Kysely view of the enforcement-lists tables (migrations/). Dates are ISO strings; amounts come back as text
// (numeric) and are read with Number().
import type { ColumnType, Generated, Selectable } from 'kysely';
import type { ListKind, RecordingStep, ReviewCategory } from '@fazhi/core/enforcement-lists';

export interface EnforcementListTable {
  region_code: string;
  id: string;
  body_org_id: string;
  kind: ListKind;
  version_no: number;
  effective_from: string;
  adjustment_reason: string | null;
  source: 'entered' | 'imported';
  published_by: string | null;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface EnforcementListItemTable {
  region_code: string;
  list_id: string;
  seq: number;
  item_code: string;
  item_name: string;
  basis: string;
  content: string;
  method: string | null;
  step: RecordingStep | null;
  category: ReviewCategory | null;
  level: string | null;
  field: string | null;
  amount_from: ColumnType<string | null, number | null, number | null>;
}

/** A version and a row as read back. */
export type ListVersionRow = Selectable<EnforcementListTable>;
export type ListItemRow = Selectable<EnforcementListItemTable>;

declare module '../../platform/db/schema' {
  interface Database {
    enforcement_lists: EnforcementListTable;
    enforcement_list_items: EnforcementListItemTable;
  }
}
