// 审计日志: the console menu (server manifest and web route table both read it).
import { defineMenu } from '../platform/menu';

export const auditMenu = defineMenu({
  audit: { label: '审计日志', page: 'audit', action: 'audit.read' },
});
