// The words of the audit log: every kind of event and every kind of record the modules declare, with their Chinese
// names, so that the auditor filters by 新增用户 or 行政规范性文件 instead of typing user.created or
// normative_document. Only for those who may read an audit log somewhere.
import type { Actor } from '../../platform/access/actor';
import { authorize, policyContext } from '../../platform/access/policy';
import { auditLogPolicy } from './policy';
import type { Services } from '../../platform/services';
import type { AuditVocabulary } from '@fazhi/core/contracts';

export function auditVocabulary(services: Services, actor: Actor): AuditVocabulary {
  const { grants, auditLabels, subjectTypes } = services.registry;
  authorize(policyContext(grants, actor), auditLogPolicy, 'read', null);
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, 'zh-CN');
  return {
    actions: [...auditLabels].map(([value, label]) => ({ value, label })).sort(byLabel),
    subjectTypes: [...subjectTypes].map(([value, def]) => ({ value, label: def.label })).sort(byLabel),
  };
}
