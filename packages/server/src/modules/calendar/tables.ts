// The Kysely view of the calendar tables (see migrations/202611230201_calendar.sql).
import type { ColumnType, Generated } from 'kysely';
import type { HolidayEntry, HolidayNotice } from '@fazhi/core/calendar';

type Json<T> = ColumnType<T, string, string>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;

export type CalendarChangeKind = 'year_loaded' | 'year_corrected' | 'local_holiday_added' | 'local_holiday_removed';

export interface CalendarYearTable {
  year: number;
  source: Json<HolidayNotice>;
  holidays: Json<HolidayEntry[]>;
  origin: 'shipped' | 'notice';
  updated_at: Timestamp | null;
  updated_by: string | null;
}

export interface CalendarLocalHolidayTable {
  region_code: string;
  id: string;
  name: string;
  from_on: string;
  to_on: string;
  make_up_workdays: Json<string[]>;
  source: string;
  created_at: Generated<Date>;
  created_by: string | null;
}

export interface CalendarChangeTable {
  region_code: string;
  id: string;
  at: Generated<Date>;
  actor_user_id: string | null;
  actor_name: string | null;
  kind: CalendarChangeKind;
  year: number | null;
  local_holiday_id: string | null;
  summary: string;
  moved_count: Generated<number>;
}

export interface CalendarChangeMoveTable {
  region_code: string;
  change_id: string;
  deadline_id: string;
  subject_type: string;
  subject_id: string;
  subject_title: string;
  link: string | null;
  label: string;
  rule_id: string;
  basis: string;
  responsible_org_id: string;
  previous_due: string;
  new_due: string;
  why: string;
}

export interface CalendarVersionTable {
  singleton: Generated<boolean>;
  token: string;
  changed_at: Generated<Date>;
}

declare module '../../platform/db/schema' {
  interface Database {
    calendar_years: CalendarYearTable;
    calendar_local_holidays: CalendarLocalHolidayTable;
    calendar_changes: CalendarChangeTable;
    calendar_change_moves: CalendarChangeMoveTable;
    calendar_version: CalendarVersionTable;
  }
}
