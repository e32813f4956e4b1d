// Response types of the endpoints the web calls, mirroring the server's presenters (packages/server/src/**/queries,
// platform/auth/routes.ts) and the calendar/workbench contract (docs/api-contract: calendar, notifications,
// workbench, public deadline).
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface MenuItem {
  key: string;
  label: string;
  path: string;
  action: string;
}

export interface SessionAssignment {
  role: string;
  roleLabel: string;
  scope: string;
  scopeLabel: string;
  orgId: string | null;
  orgName: string;
  regionCode: string | null;
  regionName: string | null;
  isDemo: boolean;
}

export interface Session {
  /** the server's today (北京时间, YYYY-MM-DD): default dates, year lists and periods start from it */
  today: string;
  user: { id: string; username: string; displayName: string; mustChangePassword: boolean };
  activeOrgId: string | null;
  assignments: SessionAssignment[];
  actions: string[];
  menu: MenuItem[];
  csrfToken: string | null;
}

export interface OrgRow {
  id: string;
  parentId: string | null;
  name: string;
  shortName: string | null;
  kind: string;
  kindLabel: string;
  uscc: string | null;
  regionCode: string;
  regionName: string;
  depth: number;
  sortOrder: number;
  isDemo: boolean;
}

export interface OrgDetail extends Omit<OrgRow, 'depth'> {
  abilities: { read: boolean; update: boolean; createChild: boolean };
}

export interface Region {
  code: string;
  name: string;
  level?: string;
  parentCode?: string | null;
}

export interface UserRow {
  id: string;
  username: string;
  displayName: string;
  orgId: string | null;
  orgName: string;
  locked: boolean;
  disabled: boolean;
  lastLoginAt: string | null;
  isDemo: boolean;
}

export interface UserAssignment {
  id: string;
  role: string;
  roleLabel: string;
  scope: string;
  scopeLabel: string;
  orgId: string | null;
  orgName: string;
}

export interface UserDetail extends UserRow {
  idNumber: string | null;
  mobile: string | null;
  identifiersMasked: boolean;
  lockedUntil: string | null;
  mustChangePassword: boolean;
  assignments: UserAssignment[];
  abilities: {
    read: boolean;
    update: boolean;
    resetPassword: boolean;
    unlock: boolean;
    disable: boolean;
    enable: boolean;
    assignRole: boolean;
    readIdentifiers: boolean;
  };
}

export interface ImportResult {
  orgsImported: number;
  usersImported: number;
  initialPasswords: { username: string; initialPassword: string }[];
}

export interface AuditRow {
  regionCode: string;
  seq: number;
  /** an event of a bulk write's sub-chain: its place there (seq is then its seal's number); null otherwise */
  batchSeq: number | null;
  id: string;
  occurredAt: string;
  actor: string | null;
  actorOrgId: string | null;
  action: string;
  actionLabel: string;
  subjectType: string | null;
  /** the kind of record's Chinese name, as its module declares it */
  subjectTypeLabel: string | null;
  subjectId: string | null;
  summary: string;
  ip: string | null;
}

export interface AuditDetail extends AuditRow {
  actorUserId: string | null;
  /** 姓名（用户名） of the operator; null for the system */
  actorName: string | null;
  /** the record's name (a user's name, a document's title) when its module can name it */
  subjectName: string | null;
  changes: unknown;
  prevHash: string;
  hash: string;
}

/** The audit log's kinds of event and of record with their Chinese names, for the filters. */
export interface AuditVocabulary {
  actions: { value: string; label: string }[];
  subjectTypes: { value: string; label: string }[];
}

export interface AuditVerification {
  ok: boolean;
  regions: number;
  events: number;
  /** regionCode '' is a problem of the checkpoint file itself, not of one chain */
  problems: { regionCode: string; seq: number | string; eventId?: string | null; reason: string }[];
  /** the checkpoint in the server's data directory the chains were compared with; null when there is none */
  checkpoint: { writtenAt: string; keyId: string | null } | null;
}

// ---- calendar (contract) ----
export interface CalendarHoliday {
  name: string;
  from: string;
  to: string;
  makeUpWorkdays: string[];
  note?: string;
}
export interface CalendarSource {
  title: string;
  docNumber?: string;
  issuedOn?: string;
  note?: string;
}
export interface CalendarYear {
  year: number;
  source: CalendarSource;
  holidays: CalendarHoliday[];
  updatedAt: string | null;
  abilities: { update: boolean };
}
export interface LocalHoliday {
  id: string;
  regionCode: string;
  regionName: string;
  name: string;
  from: string;
  to: string;
  makeUpWorkdays: string[];
  source: string;
  abilities: { delete: boolean };
}
export interface CalendarChangeSummary {
  id: string;
  at: string;
  actorName: string | null;
  summary: string;
  movedCount: number;
}
export interface DeadlineMove {
  deadlineId: string;
  subjectType: string;
  subjectTitle: string;
  link: string | null;
  label: string;
  ruleId: string;
  basis: string;
  previousDue: string;
  newDue: string;
  regionCode: string;
}
export interface CalendarChangeDetail extends CalendarChangeSummary {
  moves: DeadlineMove[];
}
export interface CalendarDay {
  date: string;
  workday: boolean;
  reason: string;
  provisional: boolean;
}

// ---- notifications and workbench (contract) ----
export interface Notification {
  id: string;
  kind: string;
  title: string;
  body: string;
  subjectType: string;
  subjectId: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}
export type WarningLevel = 'none' | 'yellow' | 'orange' | 'red';
export interface Workbench {
  todos: {
    deadlineId: string;
    subjectType: string;
    subjectTitle: string;
    link: string | null;
    label: string;
    dueOn: string;
    warningLevel: WarningLevel;
    basis: string;
    provisional: boolean;
    responsibleOrgName: string;
  }[];
  counts: { subjectType: string; label: string; open: number; yellow: number; orange: number; red: number }[];
  unreadNotifications: number;
  /** a platform administrator's first steps while any is not done (server workbench/queries/first-steps.ts) */
  firstSteps: { key: string; label: string; hint: string; link: string; done: boolean }[] | null;
}

// ---- public portal ----
export interface PortalInfo {
  regionCode: string | null;
  regionName: string | null;
  sponsor: string | null;
  organiser: string | null;
  isDemo: boolean;
  /** the server's today (北京时间, YYYY-MM-DD) */
  today: string;
  entries: { key: string; title: string; description: string; path: string; module: string; moduleName: string }[];
}
export interface SearchHit {
  title: string;
  snippet: string;
  path: string;
  kind: string;
}
export interface DeadlineRuleSummary {
  id: string;
  title: string;
  basis: string;
  unit: string;
  unitLabel: string;
  amount: number;
  amountLabel: string;
  direction: string;
  limit: string;
  pausable: boolean;
  extension: { amount: number; unit: string } | null;
  module: string;
}
export interface DeadlineResult {
  rule: string;
  title: string;
  basis: string;
  from: string;
  due: string;
  unit: string;
  amount: number;
  direction: string;
  limit: string;
  extended: boolean;
  provisional: boolean;
  verified: boolean;
  explanation: string[];
}
