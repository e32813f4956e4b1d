import type { Grants, Role } from '@fazhi/core/access';
import { platformMigrationsDir } from '../db/migrate';
import type { ModuleManifest, SubjectTypeDef } from './manifest';
import { declare, type EventCatalogue } from './catalogue';
import type { SettingDef } from '../settings';
import { participationAuditEvents, type LentSubject } from '../participation/subjects';
import { caseAuditEvents, type LentCase } from '../cases/kinds';
import { platformFieldLabels, type FieldLabels } from '../http/field-labels';

export interface Registry {
  modules: readonly ModuleManifest[];
  grants: Grants;
  actionLabels: ReadonlyMap<string, string>;
  auditLabels: ReadonlyMap<string, string>;
  notificationLabels: ReadonlyMap<string, string>;
  /** subject_type → its Chinese name and the action that reads it, from the manifests' `subjectTypes` */
  subjectTypes: ReadonlyMap<string, SubjectTypeDef>;
  /** event type → the catalogue of the module that emits it */
  events: ReadonlyMap<string, EventCatalogue>;
  /** region setting key → its declaration (label, default, basis, whether a region may change it) */
  settings: ReadonlyMap<string, SettingDef<unknown>>;
  /** subject_type → what its module lends the shared consultation and legality review (manifests' `lends`) */
  lentSubjects: ReadonlyMap<string, LentSubject>;
  /** case_type → what its module lends the shared case record (manifests' `cases`) */
  lentCases: ReadonlyMap<string, LentCase>;
  /** a request field's name → its Chinese name: the platform's shared ones and the manifests' `fieldLabels` */
  fieldLabels: FieldLabels;
  migrationDirs: readonly string[];
}

export function createRegistry(modules: readonly ModuleManifest[]): Registry {
  const grants = new Map<Role, Set<string>>();
  const actionLabels = new Map<string, string>();
  const auditLabels = new Map<string, string>();
  const notificationLabels = new Map<string, string>();
  const subjectTypes = new Map<string, SubjectTypeDef>();
  const events = new Map<string, EventCatalogue>();
  const settings = new Map<string, SettingDef<unknown>>();
  const lentSubjects = new Map<string, LentSubject>();
  const lentCases = new Map<string, LentCase>();
  const fieldLabels = new Map<string, string>(Object.entries(platformFieldLabels));
  const ids = new Set<string>();
  for (const m of modules) {
    if (ids.has(m.id)) throw new Error(`模块标识重复：${m.id}`);
    ids.add(m.id);
    for (const [action, def] of Object.entries(m.actions)) {
      if (actionLabels.has(action)) throw new Error(`权限动作重复声明：${action}`);
      actionLabels.set(action, def.label);
      for (const role of def.roles) {
        const set = grants.get(role) ?? new Set<string>();
        set.add(action);
        grants.set(role, set);
      }
    }
    for (const [type, label] of Object.entries(m.auditEvents)) {
      if (auditLabels.has(type)) throw new Error(`审计动作重复声明：${type}`);
      auditLabels.set(type, label);
    }
    for (const [kind, label] of Object.entries(m.notificationKinds ?? {})) {
      if (notificationLabels.has(kind)) throw new Error(`站内消息类型重复声明：${kind}`);
      notificationLabels.set(kind, label);
    }
    if (m.events && m.events.moduleId !== m.id) throw new Error(`模块 ${m.id} 的事件目录属于 ${m.events.moduleId}`);
    for (const type of Object.keys(m.events?.schemas ?? {})) {
      if (events.has(type)) throw new Error(`事件重复声明：${type}`);
      events.set(type, m.events as EventCatalogue);
    }
    for (const [key, def] of Object.entries(m.settings?.defs ?? {})) {
      if (settings.has(key)) throw new Error(`地区设置重复声明：${key}`);
      settings.set(key, def);
    }
    // one field name, one Chinese name across the platform: two modules may share a name only with the same label
    for (const [field, label] of Object.entries(m.fieldLabels ?? {})) {
      const known = fieldLabels.get(field);
      if (known !== undefined && known !== label)
        throw new Error(`字段 ${field} 的中文名称不一致：「${known}」与模块 ${m.id} 的「${label}」`);
      fieldLabels.set(field, label);
    }
    for (const [type, def] of Object.entries(m.subjectTypes ?? {})) {
      if (subjectTypes.has(type)) throw new Error(`记录类型重复声明：${type}`);
      subjectTypes.set(type, def);
    }
  }
  for (const m of modules)
    for (const [type, lent] of Object.entries(m.lends ?? {})) {
      if (!m.subjectTypes?.[type]) throw new Error(`模块 ${m.id} 出借的记录类型未在其 subjectTypes 中声明：${type}`);
      for (const action of Object.keys(participationAuditEvents(type)))
        if (!auditLabels.has(action)) throw new Error(`模块 ${m.id} 出借的 ${type} 缺少审计动作声明：${action}`);
      const acts = [
        lent.consultation?.conductAction,
        lent.legalityReview?.submitAction,
        lent.legalityReview?.reviewAction,
      ];
      for (const action of acts)
        if (action !== undefined && !actionLabels.has(action))
          throw new Error(`模块 ${m.id} 出借的 ${type} 的权限动作未声明：${action}`);
      lentSubjects.set(type, lent);
    }
  for (const m of modules)
    for (const [type, lent] of Object.entries(m.cases ?? {})) {
      if (!m.subjectTypes?.[type]) throw new Error(`模块 ${m.id} 出借的案件类型未在其 subjectTypes 中声明：${type}`);
      for (const action of Object.keys(caseAuditEvents(type)))
        if (!auditLabels.has(action)) throw new Error(`模块 ${m.id} 出借的 ${type} 缺少审计动作声明：${action}`);
      lentCases.set(type, lent);
    }
  for (const [type, def] of subjectTypes)
    if (!actionLabels.has(def.readAction)) throw new Error(`记录类型 ${type} 的查看动作未声明：${def.readAction}`);
  // a menu entry is shown to holders of its action, so an action no module declares would hide it from everyone;
  // the web finds a page's menu entry by key, so a key must name one entry of the whole build
  const menuKeys = new Set<string>();
  for (const m of modules)
    for (const item of m.menu ?? []) {
      if (menuKeys.has(item.key)) throw new Error(`菜单项重复声明：${item.key}`);
      menuKeys.add(item.key);
      if (!actionLabels.has(item.action)) throw new Error(`菜单项 ${item.key} 的权限动作未声明：${item.action}`);
    }
  // a module reacts only to events some module's catalogue declares
  for (const m of modules)
    for (const type of Object.keys(m.eventHandlers ?? {}))
      if (!events.has(type)) throw new Error(`模块 ${m.id} 处理的事件未在任何事件目录中声明：${type}`);
  declare({ auditActions: auditLabels.keys(), events: events.keys(), notificationKinds: notificationLabels.keys() });
  return {
    modules,
    grants,
    actionLabels,
    auditLabels,
    notificationLabels,
    subjectTypes,
    events,
    settings,
    lentSubjects,
    lentCases,
    fieldLabels,
    migrationDirs: [platformMigrationsDir, ...modules.flatMap((m) => (m.migrationsDir ? [m.migrationsDir] : []))],
  };
}
