// The Kysely view of the discretion tables (migrations/202612110301_discretion_benchmarks.sql). Dates are ISO
// strings: the connection returns PostgreSQL dates as text.
import type { ColumnType, Generated } from 'kysely';
import type { Circumstance } from '@fazhi/core/discretion';

type Json<T> = ColumnType<T, string, string>;

export interface DiscretionBenchmarkTable {
  region_code: string;
  id: string;
  implementing_org_id: string;
  item_code: string;
  item_name: string;
  legal_basis: string;
  version_no: number;
  reason: string | null;
  circumstances: Json<Circumstance[]>;
  status: 'draft' | 'published';
  published_on: string | null;
  effective_on: string | null;
  created_by: string | null;
  published_by: string | null;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
}

declare module '../../platform/db/schema' {
  interface Database {
    discretion_benchmarks: DiscretionBenchmarkTable;
  }
}
