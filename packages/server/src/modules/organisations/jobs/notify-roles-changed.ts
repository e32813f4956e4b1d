// After a role is granted or revoked, the person concerned is told (站内消息): what changed, where, and by whom.
// Runs after commit from the outbox; the dedupe key makes a repeated run harmless.
import { roleLabels, scopeKindLabels } from '@fazhi/core/access';
import type { TypedEvent } from '../../../platform/modules/catalogue';
import { CONSOLE_HOME, notify } from '../../../platform/notifications';
import type { Services } from '../../../platform/services';
import type { RolesChangedPayload } from '../events';

export async function notifyRolesChanged(services: Services, event: TypedEvent<RolesChangedPayload>) {
  const p = event.payload;
  const role = roleLabels[p.role];
  const verb = p.change === 'assigned' ? '被授予' : '被撤销';
  await notify(services.db, {
    userId: p.userId,
    kind: 'user.roles_changed',
    title: `您在${p.orgName}${verb}「${role}」角色`,
    body: `授权范围：${scopeKindLabels[p.scope] ?? p.scope}；操作人：${p.by ?? '系统'}。${
      p.change === 'revoked' ? '您的登录已失效，请重新登录。' : '重新进入系统后生效。'
    }如有疑问请联系本单位系统管理员。`,
    // the console's home shows the menu of the roles now held
    link: CONSOLE_HOME,
    subjectType: 'user',
    subjectId: p.userId,
    dedupeKey: `roles_changed:${event.regionCode}:${event.id}`,
  });
}
