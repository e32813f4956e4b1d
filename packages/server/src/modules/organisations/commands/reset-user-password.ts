import { authorize, policyContext } from '../../../platform/access/policy';
import { generatePassword, hashPassword } from '../../../platform/auth/password';
import { notFound } from '../../../platform/errors';
import { inWriteTransaction, type WriteContext } from '../../../platform/write';
import type { Services } from '../../../platform/services';
import { userPolicy } from '../policy';
import { loadUserInScope } from '../queries/get-user';
import { OWN_PASSWORD_PAGE } from '../../../platform/notifications';

/** Sets a generated one-time password (shown once), unlocks the account, ends its sessions, and forces a change
 * at the next sign-in. */
export async function resetUserPassword(services: Services, ctx: WriteContext, userId: string) {
  const found = await loadUserInScope(services, ctx.actor, userId);
  if (!found) throw notFound('用户');
  authorize(policyContext(services.registry.grants, ctx.actor), userPolicy, 'resetPassword', found.record);
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  await inWriteTransaction(services, ctx, async (w) => {
    await w.tx
      .updateTable('users')
      .set({
        password_hash: passwordHash,
        must_change_password: true,
        failed_attempts: 0,
        locked_until: null,
        updated_at: w.clock.now(),
      })
      .where('id', '=', userId)
      .execute();
    await w.tx.deleteFrom('sessions').where('user_id', '=', userId).execute();
    await w.audit({
      regionCode: found.row.home_region_code,
      action: 'user.password_reset',
      subjectType: 'user',
      subjectId: userId,
      summary: `重置用户 ${found.row.username} 的密码`,
    });
    await w.notify({
      userId,
      kind: 'user.password_reset',
      title: '您的密码已被重置',
      body: `${ctx.actor?.displayName ?? '系统管理员'}重置了您的密码，请使用管理员告知的临时密码登录并立即修改。如非本人申请，请联系安全保密管理员。`,
      link: OWN_PASSWORD_PAGE,
      subjectType: 'user',
      subjectId: userId,
    });
  });
  return { temporaryPassword: password };
}
