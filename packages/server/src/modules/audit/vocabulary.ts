// The words of the audit log: every kind of event and every kind of record the modules declare, with their Chinese
// names, so that the auditor filters by 新增用户 or 行政规范性文件 instead of typing user.created or
// normative_document. Only for those who may read an audit log somewhere.
import type { Actor } from '../../platform/access/actor';
import { holdsAnywhere } from '../../platform/access/scope';
import { forbidden } from '../../platform/errors';
import type { Services } from '../../platform/services';
import type { AuditVocabulary } from '@fazhi/core/contracts';

export function auditVocabulary(services: Services, actor: Actor): AuditVocabulary {
  const { grants, auditLabels, subjectTypes } = services.registry;
  if (!holdsAnywhere(grants, actor, 'audit.read')) throw forbidden('查看审计日志');
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, 'zh-CN');
  return {
    actions: [...auditLabels].map(([value, label]) => ({ value, label })).sort(byLabel),
    subjectTypes: [...subjectTypes].map(([value, def]) => ({ value, label: def.label })).sort(byLabel),
  };
}
