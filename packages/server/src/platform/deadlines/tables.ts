// The Kysely view of the stored deadlines.
import type { ColumnType, Generated } from 'kysely';
import type { DeadlineBound, Pause, WarningLevel } from '@fazhi/core/calendar';

type Json<T> = ColumnType<T, string, string>;

/** 'paused': held while its case's clock stops (platform/cases: a 补正, a 中止), counted again when the pause ends */
export type DeadlineStatus = 'open' | 'met' | 'missed' | 'cancelled' | 'paused';
export type { WarningLevel };

export interface DeadlineTable {
  region_code: string;
  id: string;
  subject_type: string;
  subject_id: string;
  kind: string;
  label: string;
  subject_title: string;
  link: string | null;
  rule_id: string;
  basis: string;
  start_on: string;
  restart_from: string | null;
  pauses: Json<Pause[]>;
  extended: Generated<boolean>;
  due_on: string;
  /** the day announced to the public within the rule's period; the due date then, and never recomputed */
  announced_due: ColumnType<string | null, string | null | undefined, string | null>;
  provisional: Generated<boolean>;
  /** 'floor': the earliest day an act may come, never overdue (core DeadlineBound) */
  bound: Generated<DeadlineBound>;
  explanation: Json<string[]>;
  responsible_org_id: string;
  responsible_user_id: string | null;
  status: Generated<DeadlineStatus>;
  closed_on: string | null;
  warning_level: Generated<WarningLevel>;
  warned_at: ColumnType<Date, Date | string, Date | string> | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

declare module '../db/schema' {
  interface Database {
    deadlines: DeadlineTable;
  }
}
