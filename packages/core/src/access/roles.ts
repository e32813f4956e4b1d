// Roles are typed sets of actions. The actions themselves are declared by each module's manifest together with the
// roles that hold them, so that deleting a module removes its actions; this file only names the roles.
// The three separated administrator duties (系统管理员 / 安全保密管理员 / 安全审计员) follow 等保2.0 三级 (GB/T 22239-2019
// 8.1.4.2 访问控制 "授予管理用户所需的最小权限，实现管理用户的权限分离").

export const roles = [
  'system_admin',
  'security_admin',
  'auditor',
  'justice_reviewer',
  'legal_officer',
  'enforcement_officer',
  'unit_head',
  'government_leader',
  'supervisor',
] as const;
export type Role = (typeof roles)[number];

export const roleLabels = {
  system_admin: '系统管理员',
  security_admin: '安全保密管理员',
  auditor: '安全审计员',
  justice_reviewer: '司法局审核人员',
  legal_officer: '部门法制工作人员',
  enforcement_officer: '行政执法人员',
  unit_head: '单位负责人',
  government_leader: '政府领导',
  supervisor: '执法监督人员',
} as const satisfies Record<Role, string>;

/** How far a role assignment reaches: the holder's own organisation, its whole subtree, the whole region subtree of
 * the organisation's region, or (for the platform administrator only) every region. */
export const scopeKinds = ['own_org', 'org_subtree', 'region_subtree', 'platform'] as const;
export type ScopeKind = (typeof scopeKinds)[number];

export const scopeKindLabels = {
  own_org: '本单位',
  org_subtree: '本单位及下属单位',
  region_subtree: '本行政区域及下级区域',
  platform: '全平台',
} as const satisfies Record<ScopeKind, string>;

/** Who reads a procedure's records (documents, decisions): the units' legal staff and heads, the justice bureau,
 * the government's leaders, the supervisors and the system administrators — never the separated security and
 * audit duties, nor enforcement officers. */
export const recordReaders: readonly Role[] = [
  'legal_officer',
  'unit_head',
  'justice_reviewer',
  'government_leader',
  'supervisor',
  'system_admin',
];

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}
