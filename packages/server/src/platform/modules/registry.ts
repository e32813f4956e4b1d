import type { Grants, Role } from '@fazhi/core/access';
import { platformMigrationsDir } from '../db/migrate';
import type { ModuleManifest, SubjectTypeDef } from './manifest';

export interface Registry {
  modules: readonly ModuleManifest[];
  grants: Grants;
  actionLabels: ReadonlyMap<string, string>;
  auditLabels: ReadonlyMap<string, string>;
  notificationLabels: ReadonlyMap<string, string>;
  /** subject_type → its Chinese name and the action that reads it, from the manifests' `subjectTypes` */
  subjectTypes: ReadonlyMap<string, SubjectTypeDef>;
  migrationDirs: readonly string[];
}

export function createRegistry(modules: readonly ModuleManifest[]): Registry {
  const grants = new Map<Role, Set<string>>();
  const actionLabels = new Map<string, string>();
  const auditLabels = new Map<string, string>();
  const notificationLabels = new Map<string, string>();
  const subjectTypes = new Map<string, SubjectTypeDef>();
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
    for (const [type, label] of Object.entries(m.auditEvents)) auditLabels.set(type, label);
    for (const [kind, label] of Object.entries(m.notificationKinds ?? {})) notificationLabels.set(kind, label);
    for (const [type, def] of Object.entries(m.subjectTypes ?? {})) {
      if (subjectTypes.has(type)) throw new Error(`记录类型重复声明：${type}`);
      subjectTypes.set(type, def);
    }
  }
  for (const [type, def] of subjectTypes)
    if (!actionLabels.has(def.readAction)) throw new Error(`记录类型 ${type} 的查看动作未声明：${def.readAction}`);
  return {
    modules,
    grants,
    actionLabels,
    auditLabels,
    notificationLabels,
    subjectTypes,
    migrationDirs: [platformMigrationsDir, ...modules.flatMap((m) => (m.migrationsDir ? [m.migrationsDir] : []))],
  };
}
