import { roles } from '@fazhi/core/access';
import { isRecordId, type ModuleManifest } from '../../platform/modules/manifest';
import { organisationRoutes } from './routes';
import { notifyRolesChanged } from './jobs/notify-roles-changed';
import { organisationEvents, ROLES_CHANGED } from './events';
import { menuItems, organisationsMenu } from '@fazhi/core/modules';

// Every role may read the directory it works in.
const everyone = roles;

export const organisationsModule: ModuleManifest = {
  id: 'organisations',
  name: '组织机构与用户',
  actions: {
    'region.read': { label: '查看行政区划', roles: everyone },
    'region.manage': { label: '管理行政区划', roles: ['system_admin'] },
    'org.read': { label: '查看单位', roles: everyone },
    'org.manage': { label: '管理单位', roles: ['system_admin'] },
    'user.read': { label: '查看用户', roles: ['system_admin', 'security_admin', 'unit_head'] },
    'user.manage': { label: '管理用户', roles: ['system_admin'] },
    'user.credentials': { label: '重置密码和解锁账号', roles: ['system_admin', 'security_admin'] },
    'user.identifiers.read': { label: '查看身份证号和手机号明文', roles: ['security_admin'] },
    'role.assign': { label: '分配角色', roles: ['security_admin', 'system_admin'] },
  },
  fieldLabels: {
    mobile: '手机号码',
    shortName: '简称',
    sortOrder: '排序',
    code: '行政区划代码',
    parentCode: '上级行政区划代码',
    uscc: '统一社会信用代码',
    idNumber: '身份证号码',
    assignmentId: '任职角色标识',
  },
  auditEvents: {
    'region.created': '新增行政区划',
    'org.created': '新增单位',
    'org.updated': '修改单位',
    'user.created': '新增用户',
    'user.updated': '修改用户',
    'user.password_reset': '重置密码',
    'user.unlocked': '解锁账号',
    'user.disabled': '停用账号',
    'user.enabled': '启用账号',
    'role.assigned': '分配角色',
    'role.revoked': '撤销角色',
    'auth.login_succeeded': '登录成功',
    'auth.login_failed': '登录失败',
    'auth.account_locked': '账号锁定',
    'auth.logout': '退出登录',
    'auth.password_changed': '修改密码',
    'demo.seeded': '载入演示数据',
  },
  notificationKinds: {
    'user.roles_changed': '角色变更',
    'user.account_unlocked': '账号解锁',
    'user.password_reset': '密码重置',
    'auth.account_locked': '账号锁定',
  },
  routes: organisationRoutes,
  events: organisationEvents,
  eventHandlers: organisationEvents.handlers({ [ROLES_CHANGED]: notifyRolesChanged }),
  // the kinds of record this module's audit events and notifications name
  subjectTypes: {
    region: {
      label: '行政区划',
      readAction: 'region.read',
      nameOf: async (db, code) =>
        (await db.selectFrom('regions').select('name').where('code', '=', code).executeTakeFirst())?.name ?? null,
    },
    org: {
      label: '单位',
      readAction: 'org.read',
      nameOf: async (db, id) =>
        isRecordId(id)
          ? ((await db.selectFrom('orgs').select('name').where('id', '=', id).executeTakeFirst())?.name ?? null)
          : null,
    },
    user: {
      label: '用户',
      readAction: 'user.read',
      nameOf: async (db, id) => {
        if (!isRecordId(id)) return null;
        const u = await db
          .selectFrom('users')
          .select(['display_name', 'username'])
          .where('id', '=', id)
          .executeTakeFirst();
        return u ? `${u.display_name}（${u.username}）` : null;
      },
    },
  },
  menu: menuItems(organisationsMenu),
};
