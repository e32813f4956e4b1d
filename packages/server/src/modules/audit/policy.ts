// Who may read, export and verify the audit log. The log of a region is read through the scope chokepoint
// (regionScopeFilter); these predicates refuse, before any query runs, someone who audits nowhere.
import { definePolicy } from '../../platform/access/policy';

export const auditLogPolicy = definePolicy<null, 'read' | 'export' | 'verify'>(
  'audit_log',
  {
    read: (p) => p.holds('audit.read'),
    export: (p) => p.holds('audit.read'),
    verify: (p) => p.holds('audit.verify'),
  },
  { read: '查看审计日志', export: '导出审计日志', verify: '校验审计日志' },
);
