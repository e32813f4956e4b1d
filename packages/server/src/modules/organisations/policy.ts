// Who may do what to organisations and people. Records are located by their organisation; the predicates ask
// whether one of the actor's role assignments grants the action over that organisation.
import type { ScopeTarget } from '@fazhi/core/access';
import { definePolicy } from '../../platform/access/policy';

export const orgPolicy = definePolicy<ScopeTarget, 'read' | 'update' | 'createChild'>(
  'org',
  {
    read: (p, t) => p.can('org.read', t),
    update: (p, t) => p.can('org.manage', t),
    createChild: (p, t) => p.can('org.manage', t),
  },
  { read: '查看该单位', update: '修改该单位', createChild: '在该单位下新增下级单位' },
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
