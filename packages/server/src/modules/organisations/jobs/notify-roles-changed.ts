// After a role is granted or revoked, the person concerned is told (站内消息): what changed, where, and by whom.
// Runs after commit from the outbox; the dedupe key makes a repeated run harmless.
import { isRole, roleLabels, scopeKindLabels, type ScopeKind } from '@fazhi/core/access';
import type { OutboxEvent } from '../../../platform/modules/manifest';
import { notify } from '../../../platform/notifications';
import type { Services } from '../../../platform/services';

export const ROLES_CHANGED = 'organisations.roles_changed';

export interface RolesChangedPayload {
  userId: string;
  change: 'assigned' | 'revoked';
  role: string;
  scope: ScopeKind;
  orgName: string;
  by: string | null;
}

export async function notifyRolesChanged(services: Services, event: OutboxEvent) {
  const p = event.payload as unknown as RolesChangedPayload;
  const role = isRole(p.role) ? roleLabels[p.role] : p.role;
  const verb = p.change === 'assigned' ? '被授予' : '被撤销';
  await notify(services.db, {
    userId: p.userId,
    kind: 'user.roles_changed',
    title: `您在${p.orgName}${verb}「${role}」角色`,
    body: `授权范围：${scopeKindLabels[p.scope] ?? p.scope}；操作人：${p.by ?? '系统'}。${
      p.change === 'revoked' ? '您的登录已失效，请重新登录。' : '重新进入系统后生效。'
    }如有疑问请联系本单位系统管理员。`,
    subjectType: 'user',
    subjectId: p.userId,
    dedupeKey: `roles_changed:${event.regionCode}:${event.id}`,
  });
}
