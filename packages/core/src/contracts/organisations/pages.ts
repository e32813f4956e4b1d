// 组织机构与用户: the console menu (server manifest and web route table both read it).
import { defineMenu } from '../platform/menu';

export const organisationsMenu = defineMenu({
  orgs: { label: '单位管理', page: 'orgs', action: 'org.read' },
  users: { label: '用户管理', page: 'users', action: 'user.read' },
});
