import { authorize, policyContext } from '../../../platform/access/policy';
import { notFound } from '../../../platform/errors';
import { inWriteTransaction, type WriteContext } from '../../../platform/write';
import type { Services } from '../../../platform/services';
import { userPolicy } from '../policy';
import { loadUserInScope } from '../queries/get-user';

export interface UpdateUserInput {
  displayName?: string | undefined;
  idNumber?: string | null | undefined;
  mobile?: string | null | undefined;
}

export async function updateUser(services: Services, ctx: WriteContext, userId: string, input: UpdateUserInput) {
  const found = await loadUserInScope(services, ctx.actor, userId);
  if (!found) throw notFound('用户');
  authorize(policyContext(services.registry.grants, ctx.actor), userPolicy, 'update', found.record);
  const enc = (v: string | null | undefined) =>
    v === undefined ? undefined : v === null ? null : services.cipher.encrypt(v);
  await inWriteTransaction(services, ctx, async (w) => {
    await w.tx
      .updateTable('users')
      .set({
        display_name: input.displayName,
        id_number_enc: enc(input.idNumber),
        mobile_enc: enc(input.mobile),
        updated_at: w.clock.now(),
      })
      .where('id', '=', userId)
      .execute();
    const changes: Record<string, unknown> = {};
    if (input.displayName !== undefined && input.displayName !== found.row.display_name)
      changes.displayName = [found.row.display_name, input.displayName];
    if (input.idNumber !== undefined) changes.idNumber = '已修改（加密存储，不记录明文）';
    if (input.mobile !== undefined) changes.mobile = '已修改（加密存储，不记录明文）';
    await w.audit({
      regionCode: found.row.home_region_code,
      action: 'user.updated',
      subjectType: 'user',
      subjectId: userId,
      summary: `修改用户 ${found.row.username}`,
      changes,
    });
  });
}
