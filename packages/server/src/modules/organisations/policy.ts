// Who may do what to organisations and people. Records are located by their organisation; the predicates ask
// whether one of the actor's role assignments grants the action over that organisation.
import type { ScopeKind, ScopeTarget } from '@fazhi/core/access';
import { definePolicy, type PolicyContext } from '../../platform/access/policy';

export const orgPolicy = definePolicy<ScopeTarget, 'read' | 'update' | 'createChild'>(
  'org',
  {
    read: (p, t) => p.can('org.read', t),
    update: (p, t) => p.can('org.manage', t),
    createChild: (p, t) => p.can('org.manage', t),
  },
  { read: '查看该单位', update: '修改该单位', createChild: '在该单位下新增下级单位' },
);

/** A new user is located by the unit they will belong to. */
export const newUserPolicy = definePolicy<ScopeTarget, 'create'>(
  'user',
  { create: (p, t) => p.can('user.manage', t) },
  { create: '在该单位新增用户' },
);

const platformWide = (p: PolicyContext) => p.actor?.assignments.some((a) => a.scope === 'platform') ?? false;

/** The directory's acts located at no one record: the region tree and top-level units are shaped platform-wide;
 * importing is for whoever manages units or users somewhere (each row is then checked at its unit). */
export const directoryPolicy = definePolicy<null, 'createRegion' | 'createTopLevelOrg' | 'importDirectory'>(
  'directory',
  {
    createRegion: (p) => platformWide(p) && p.holds('region.manage'),
    createTopLevelOrg: (p) => platformWide(p) && p.holds('org.manage'),
    importDirectory: (p) => p.holds('org.manage') || p.holds('user.manage'),
  },
  { createRegion: '新增行政区划', createTopLevelOrg: '新增顶级单位', importDirectory: '导入单位和用户' },
);

/** A role granted (or revoked) at a unit with a scope. */
export interface GrantRecord {
  scope: ScopeKind;
  /** the unit of the assignment; null for a platform-wide one */
  target: ScopeTarget | null;
}

/** Granting needs role.assign at the unit, and a reach as wide as the scope granted: a region-wide role only
 * inside a region the actor reaches region-wide, a platform-wide one only from a platform-wide assignment. */
export const grantPolicy = definePolicy<GrantRecord, 'assignAtUnit' | 'grantScope'>(
  'role_assignment',
  {
    assignAtUnit: (p, g) => g.target !== null && p.can('role.assign', g.target),
    grantScope: (p, g) => {
      if (g.scope === 'platform') return platformWide(p);
      if (g.scope !== 'region_subtree' || !p.actor) return true;
      const regionPath = g.target?.regionPath ?? '';
      return p.actor.assignments.some(
        (x) => x.scope === 'platform' || (x.scope === 'region_subtree' && regionPath.startsWith(x.regionPath)),
      );
    },
  },
  {
    assignAtUnit: '在该单位分配角色',
    grantScope: (g) => (g.scope === 'platform' ? '授予全平台范围的角色' : '授予本行政区域范围的角色'),
  },
);

export interface UserRecord extends ScopeTarget {
  userId: string;
  locked: boolean;
  disabled: boolean;
}

export const userPolicy = definePolicy<
  UserRecord,
  'read' | 'update' | 'resetPassword' | 'unlock' | 'disable' | 'enable' | 'assignRole' | 'readIdentifiers'
>(
  'user',
  {
    read: (p, u) => p.can('user.read', u),
    update: (p, u) => p.can('user.manage', u),
    resetPassword: (p, u) => p.can('user.credentials', u) && p.actor?.userId !== u.userId,
    unlock: (p, u) => u.locked && p.can('user.credentials', u),
    disable: (p, u) => !u.disabled && p.can('user.manage', u) && p.actor?.userId !== u.userId,
    enable: (p, u) => u.disabled && p.can('user.manage', u),
    assignRole: (p, u) => p.can('role.assign', u),
    readIdentifiers: (p, u) => p.can('user.identifiers.read', u),
  },
  {
    read: '查看该用户',
    update: '修改该用户',
    resetPassword: '重置该用户的密码',
    unlock: '解锁该用户',
    disable: '停用该用户',
    enable: '启用该用户',
    assignRole: '为该用户分配角色',
    readIdentifiers: '查看该用户的身份证号和手机号',
  },
);
