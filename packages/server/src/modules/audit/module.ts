import type { ModuleManifest } from '../../platform/modules/manifest';
import { auditRoutes } from './routes';
import { auditMenu, menuItems } from '@fazhi/core/modules';

export const auditModule: ModuleManifest = {
  id: 'audit',
  name: '审计日志',
  actions: {
    'audit.read': { label: '查看审计日志', roles: ['auditor', 'security_admin'] },
    'audit.verify': { label: '校验审计日志完整性', roles: ['auditor', 'security_admin'] },
  },
  fieldLabels: {
    actor: '操作人',
    subjectType: '记录类型',
    subjectId: '记录标识',
    action: '操作',
    batchSeq: '子链序号',
  },
  auditEvents: {
    // Platform events written by the deadline service on behalf of every module.
    'deadline.set': '设定法定期限',
    'deadline.recomputed': '重新计算法定期限',
    'deadline.closed': '法定期限办结',
    'deadline.paused': '法定期限暂停计算',
    // written once by the upgrade that seals the chains of the release before the audit key (platform/audit/rekey.ts)
    'audit.chain_sealed': '以审计密钥重新封存审计哈希链',
    // appended by every bulk write (the catalogue import) to seal its events' sub-chain (platform/audit/batch.ts)
    'audit.batch_sealed': '封存批量写入的审计事件',
  },
  // the records the re-sealing and the sealing events name (rekey.ts, batch.ts): the chains themselves
  subjectTypes: {
    audit_chain: { label: '审计哈希链', readAction: 'audit.read' },
    audit_batch: { label: '批量写入的审计事件子链', readAction: 'audit.read' },
  },
  routes: auditRoutes,
  menu: menuItems(auditMenu),
};
