// Unlock, disable and enable: three small acts on an account's status, each with its own audit event.
import { authorize, policyContext } from '../../../platform/access/policy';
import { notFound } from '../../../platform/errors';
import { inWriteTransaction, type WriteContext } from '../../../platform/write';
import type { Services } from '../../../platform/services';
import { userPolicy } from '../policy';
import { loadUserInScope } from '../queries/get-user';
import { OWN_PASSWORD_PAGE } from '../../../platform/notifications';

type StatusAct = 'unlock' | 'disable' | 'enable';

const acts = {
  unlock: { action: 'user.unlocked', label: '解锁用户', set: { locked_until: null, failed_attempts: 0 } },
  disable: { action: 'user.disabled', label: '停用用户', set: { disabled_at: new Date(0) } },
  enable: { action: 'user.enabled', label: '启用用户', set: { disabled_at: null } },
} as const satisfies Record<StatusAct, { action: string; label: string; set: object }>;

export async function setUserStatus(services: Services, ctx: WriteContext, userId: string, act: StatusAct) {
  const found = await loadUserInScope(services, ctx.actor, userId);
  if (!found) throw notFound('用户');
  authorize(policyContext(services.registry.grants, ctx.actor), userPolicy, act, found.record);
  const def = acts[act];
  await inWriteTransaction(services, ctx, async (w) => {
    const set = act === 'disable' ? { disabled_at: w.clock.now() } : def.set;
    await w.tx
      .updateTable('users')
      .set({ ...set, updated_at: w.clock.now() })
      .where('id', '=', userId)
      .execute();
    if (act === 'disable') await w.tx.deleteFrom('sessions').where('user_id', '=', userId).execute();
    await w.audit({
      regionCode: found.row.home_region_code,
      action: def.action,
      subjectType: 'user',
      subjectId: userId,
      summary: `${def.label} ${found.row.username}`,
    });
    if (act === 'unlock')
      await w.notify({
        userId,
        kind: 'user.account_unlocked',
        title: '您的账号已解锁',
        body: `${ctx.actor?.displayName ?? '系统管理员'}已解锁您的账号，连续登录失败次数已清零。`,
        link: OWN_PASSWORD_PAGE,
        subjectType: 'user',
        subjectId: userId,
      });
  });
}
