// The Kysely view of the database. Modules add their own tables by merging into `Database`
// (`declare module '…/platform/db/schema' { interface Database { … } }` in the module's tables.ts).
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json<T> = ColumnType<T, string, string>;

export interface RegionTable {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county' | 'township';
  parent_code: string | null;
  path: string;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
}

export type OrgKind = 'government' | 'department' | 'township' | 'justice_bureau' | 'internal_office';

export interface OrgTable {
  id: string;
  region_code: string;
  parent_id: string | null;
  name: string;
  short_name: string | null;
  kind: OrgKind;
  uscc: string | null;
  path: string;
  sort_order: Generated<number>;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface UserTable {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  must_change_password: Generated<boolean>;
  failed_attempts: Generated<number>;
  locked_until: Timestamp | null;
  disabled_at: Timestamp | null;
  id_number_enc: string | null;
  mobile_enc: string | null;
  home_org_id: string | null;
  home_region_code: string | null;
  is_demo: Generated<boolean>;
  password_changed_at: Timestamp | null;
  last_login_at: Timestamp | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  /** bumped by the database whenever what the actor is made of changes (migration 202612070101) */
  auth_version: Generated<string | null>;
}

export interface RoleAssignmentTable {
  id: string;
  user_id: string;
  role: string;
  scope: 'own_org' | 'org_subtree' | 'region_subtree' | 'platform';
  org_id: string | null;
  region_code: string | null;
  created_at: Generated<Date>;
}

export interface SessionTable {
  id: string;
  user_id: string;
  csrf_token: string;
  active_org_id: string | null;
  ip: string | null;
  user_agent: string | null;
  created_at: Generated<Date>;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
}

export interface LoginLogTable {
  id: Generated<string>;
  username: string;
  user_id: string | null;
  success: boolean;
  reason: string;
  ip: string | null;
  user_agent: string | null;
  at: Generated<Date>;
}

export interface AuditEventTable {
  region_code: string;
  seq: ColumnType<string, string | number, never>;
  id: string;
  occurred_at: Timestamp;
  actor_user_id: string | null;
  actor_username: string | null;
  actor_org_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  summary: string;
  changes: Json<Record<string, unknown>>;
  ip: string | null;
  prev_hash: string;
  hash: string;
  /** the audit key that sealed the event (platform/audit/key.ts); null: plain SM3 of an earlier release */
  key_id: string | null;
}

/** An event of a bulk write's sub-chain (platform/audit/batch.ts): seq is its place in the sub-chain. */
export interface AuditBatchEventTable extends AuditEventTable {
  batch_id: string;
}

/** The view of every audit event as the audit log shows it: a sub-chain's events at their seal's seq, with their
 * place in the sub-chain (batch_seq; null for the region chain's own events). Read only. */
export interface AuditLogView extends Omit<AuditEventTable, 'key_id' | 'seq'> {
  seq: string;
  batch_seq: number | null;
}

export interface AuditHeadTable {
  region_code: string;
  seq: ColumnType<string, string | number, string | number>;
  hash: string;
}

export interface OutboxEventTable {
  region_code: string;
  id: Generated<string>;
  type: string;
  payload: Json<Record<string, unknown>>;
  created_at: CreatedAt;
  dispatched_at: Timestamp | null;
  attempts: Generated<number>;
  last_error: string | null;
}

export interface OutboxDeliveryTable {
  region_code: string;
  event_id: string;
  module_id: string;
  attempts: Generated<number>;
  delivered_at: Timestamp | null;
  last_error: string | null;
  updated_at: Generated<Date>;
}

export interface RateLimitHitTable {
  key: string;
  window_start: Timestamp;
  hits: number;
  expires_at: Timestamp;
}

export interface NotificationTable {
  region_code: string;
  id: string;
  user_id: string;
  kind: string;
  title: string;
  body: Generated<string>;
  subject_type: string | null;
  subject_id: string | null;
  /** console path that opens the record the notification is about */
  link: string | null;
  dedupe_key: string | null;
  created_at: Generated<Date>;
  read_at: Timestamp | null;
}

export interface RegionSettingTable {
  region_code: string;
  key: string;
  value: Json<unknown>;
  source: string | null;
  updated_at: Generated<Date>;
}

export interface SchemaMigrationTable {
  id: string;
  checksum: string;
  applied_at: Generated<Date>;
}

export interface Database {
  regions: RegionTable;
  orgs: OrgTable;
  users: UserTable;
  role_assignments: RoleAssignmentTable;
  sessions: SessionTable;
  login_log: LoginLogTable;
  audit_events: AuditEventTable;
  audit_heads: AuditHeadTable;
  audit_batch_events: AuditBatchEventTable;
  audit_log: AuditLogView;
  outbox_events: OutboxEventTable;
  outbox_deliveries: OutboxDeliveryTable;
  rate_limit_hits: RateLimitHitTable;
  notifications: NotificationTable;
  region_settings: RegionSettingTable;
  schema_migrations: SchemaMigrationTable;
}

export type Org = Selectable<OrgTable>;
export type NewOrg = Insertable<OrgTable>;
export type Region = Selectable<RegionTable>;
export type User = Selectable<UserTable>;
