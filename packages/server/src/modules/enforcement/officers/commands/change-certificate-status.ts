// 暂扣、吊销、恢复执法证件 (内蒙古自治区行政执法监督条例第三十七条: the justice bureau suspends or revokes the
// certificate of an officer disciplined or prosecuted). "Expired" is not set here: it is derived from the day.
import { certificateStatusLabels } from '@fazhi/core/enforcement';
import { authorizeAs } from '../../../../platform/access/policy';
import { conflict } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext } from '../../../../platform/write';
import { OFFICER_SUBJECT } from '../../catalogue';
import { syncOfficerLapse } from '../certificate-lapse';
import { officerPolicy } from '../../policy';
import { officerFor } from '../../support';
import type { z } from 'zod';
import type { certificateStatusBody } from '../../schemas';

export async function changeCertificateStatus(
  services: Services,
  ctx: WriteContext,
  id: string,
  input: z.infer<typeof certificateStatusBody>,
) {
  return inWriteTransaction(services, ctx, async (w) => {
    const { officer: o, unit, record } = await officerFor(services, w, id, true);
    authorizeAs(services.registry.grants, w.ctx.actor, officerPolicy, 'changeCertificateStatus', record);
    if (!o.certificate_number) throw conflict('NO_CERTIFICATE', `${o.name}为执法辅助人员，不持有执法证件`);
    if (o.certificate_status === 'revoked') throw conflict('CERTIFICATE_REVOKED', '证件已吊销，不能再变更状态');
    await w.tx
      .updateTable('enforcement_officers')
      .set({ certificate_status: input.certificateStatus })
      .where('id', '=', id)
      .execute();
    await w.audit({
      regionCode: unit.regionCode,
      action: 'enforcement_officer.certificate_status_changed',
      subjectType: OFFICER_SUBJECT,
      subjectId: id,
      summary: `${o.name}的执法证件（${o.certificate_number}）变更为${certificateStatusLabels[input.certificateStatus]}：${input.reason}`,
      changes: { ...input },
    });
    // a suspended or revoked certificate no longer lapses; one restored lapses again on its day
    await syncOfficerLapse(w, id);
    return { ok: true as const };
  });
}
