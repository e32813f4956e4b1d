import type { Grants, Role } from '@fazhi/core/access';
import { platformMigrationsDir } from '../db/migrate';
import type { ModuleManifest } from './manifest';

export interface Registry {
  modules: readonly ModuleManifest[];
  grants: Grants;
  actionLabels: ReadonlyMap<string, string>;
  auditLabels: ReadonlyMap<string, string>;
  notificationLabels: ReadonlyMap<string, string>;
  /** subject_type → Chinese name of that kind of record, from the manifests' `subjectTypes` */
  subjectTypeLabels: ReadonlyMap<string, string>;
  migrationDirs: readonly string[];
}

export function createRegistry(modules: readonly ModuleManifest[]): Registry {
  const grants = new Map<Role, Set<string>>();
  const actionLabels = new Map<string, string>();
  const auditLabels = new Map<string, string>();
  const notificationLabels = new Map<string, string>();
  const subjectTypeLabels = new Map<string, string>();
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
    for (const [type, label] of Object.entries(m.subjectTypes ?? {})) {
      if (subjectTypeLabels.has(type)) throw new Error(`记录类型重复声明：${type}`);
      subjectTypeLabels.set(type, label);
    }
  }
  return {
    modules,
    grants,
    actionLabels,
    auditLabels,
    notificationLabels,
    subjectTypeLabels,
    migrationDirs: [platformMigrationsDir, ...modules.flatMap((m) => (m.migrationsDir ? [m.migrationsDir] : []))],
  };
}
