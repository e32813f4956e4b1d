// The module manifest: everything the platform needs to know about a domain module. The registry reads manifests;
// nothing else wires a module in, so deleting a module's folder (and its line in src/modules/index.ts) removes it.
import type { Role } from '@fazhi/core/access';
import type { FastifyInstance } from 'fastify';
import type { Services } from '../services';
import type { Tx } from '../audit/write';
import type { Db } from '../db/connection';
import type { WriteEnv } from '../write';
import type { EventCatalogue, EventHandler } from './catalogue';
import type { SettingsCatalogue } from '../settings';
import type { LentSubject } from '../participation/subjects';
import type { LentCase } from '../cases/kinds';

export interface ActionDef {
  label: string;
  roles: readonly Role[];
}

export interface JobDef {
  name: string;
  /** cron in the server's time zone; omitted for jobs only triggered by events */
  cron?: string;
  run(services: Services): Promise<void>;
}

export type { OutboxEvent } from './catalogue';

export interface MenuItem {
  key: string;
  label: string;
  path: string;
  /** shown when the user holds this action anywhere */
  action: string;
}

/** A public page a module contributes to the portal (/): its entry on the home page and in the navigation. */
export interface PortalEntry {
  key: string;
  title: string;
  /** one sentence for the home page card, in Chinese */
  description: string;
  /** portal path, e.g. /normative-documents */
  path: string;
}

/** A public search hit (the portal's search box): what the module publishes that matches the words typed. */
export interface PublicSearchHit {
  title: string;
  snippet: string;
  path: string;
  /** the Chinese name of the kind of record: 规范性文件 */
  kind: string;
}

export interface SeedContext {
  tx: Tx;
  regionCode: string;
  orgIdByName: ReadonlyMap<string, string>;
  userIdByUsername: ReadonlyMap<string, string>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether an audit subject id is a record id (uuid) a `nameOf` may look up (some subjects are codes). */
export const isRecordId = (id: string) => UUID.test(id);

export interface SubjectTypeDef {
  label: string;
  /** an action declared by some module; its scope decides who sees this kind of record's deadlines */
  readAction: string;
  /** the record's name as users know it (a user's name, a document's title), shown instead of its identifier */
  nameOf?(db: Db, id: string): Promise<string | null>;
}

export interface ModuleManifest {
  id: string;
  name: string;
  actions: Record<string, ActionDef>;
  /** the audit actions this module writes, with their Chinese labels (the audit page shows these) */
  auditEvents: Record<string, string>;
  /** the events this module emits, with their payload schemas (`defineEvents`); others react through this export */
  events?: EventCatalogue;
  /** the region settings this module reads (`defineSettings`): label, default, basis, whether a region may change */
  settings?: SettingsCatalogue;
  /**
   * The Chinese names of this module's request fields, by the field's name (the last segment of its path), so that a
   * refused input names the field as the user knows it; the platform's shared names are in
   * platform/http/field-labels.ts. A name another module labels differently is refused at start.
   */
  fieldLabels?: Readonly<Record<string, string>>;
  /** the kinds of notification (站内消息) this module sends, with their Chinese labels */
  notificationKinds?: Record<string, string>;
  /** registered under /api */
  routes?(app: FastifyInstance, services: Services): Promise<void> | void;
  migrationsDir?: string;
  jobs?: readonly JobDef[];
  /** reactions after commit, built with the emitting module's catalogue (`someEvents.handlers({...})`) */
  eventHandlers?: Record<string, EventHandler>;
  menu?: readonly MenuItem[];
  /** public pages on the portal, shown to everyone without sign-in */
  portal?: readonly PortalEntry[];
  /** feeds the portal's search box with the module's published records (no actor: public data only) */
  publicSearch?(services: Services, query: { q: string; regionCode: string | null }): Promise<PublicSearchHit[]>;
  /** adds this module's demo records to the demo region */
  seedDemo?(services: Services, ctx: SeedContext): Promise<void>;
  /**
   * Each kind of record (subject_type) this module stores deadlines and notifications on: its Chinese name, shown by
   * the workbench counts and to-do lists, and the action that reads such a record, e.g.
   * { normative_document: { label: '行政规范性文件', readAction: 'normative.read' } }. The workbench lists a
   * deadline only to a user who may read its record at the responsible unit; undeclared kinds are listed to nobody.
   */
  subjectTypes?: Record<string, SubjectTypeDef>;
  /**
   * The drafts this module puts through the shared public consultation and legality review
   * (platform/participation), by subject_type (declared in `subjectTypes`): how to load one, the rules of its
   * periods, who acts, its checklist. Its `auditEvents` include `participationAuditEvents(subject_type)`.
   */
  lends?: Record<string, LentSubject>;
  /**
   * The kinds of case this module keeps on the shared case record (platform/cases), by case_type (declared in
   * `subjectTypes`): its parties' roles and the causes that stop its clock. Its `auditEvents` include
   * `caseAuditEvents(case_type)`.
   */
  cases?: Record<string, LentCase>;
  /**
   * Runs after the migrations on every start (and when the test template is built): loads reference data the
   * module ships (e.g. the national holiday notices). Must be idempotent and must not overwrite later corrections.
   */
  bootstrap?(db: Db, env: WriteEnv): Promise<void>;
}
