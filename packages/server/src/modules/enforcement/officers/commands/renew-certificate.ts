// 换发执法证件: the justice bureau issues an officer a new certificate — on its term's end where the region sets a
// validity, or after a loss — with its number and issue day and the reason; the officer's record keeps one
// certificate, the current one, and the audit trail the one it replaced. A revoked certificate is not renewed (a new
// qualification is a new registration), nor a suspended one until restored; the new issue day is not before the
// old one nor after today. The lapse on the deadline service follows the new issue day (certificate-lapse.ts).
import { authorizeAs } from '../../../../platform/access/policy';
import { conflict, invalid } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext } from '../../../../platform/write';
import { OFFICER_SUBJECT } from '../../catalogue';
import { officerPolicy } from '../../policy';
import type { renewCertificateBody } from '../../schemas';
import { officerFor } from '../../support';
import { syncOfficerLapse } from '../certificate-lapse';
import type { z } from 'zod';

export async function renewCertificate(
  services: Services,
  ctx: WriteContext,
  id: string,
  input: z.infer<typeof renewCertificateBody>,
) {
  return inWriteTransaction(services, ctx, async (w) => {
    const { officer: o, unit, record } = await officerFor(services, w, id, true);
    authorizeAs(services.registry.grants, w.ctx.actor, officerPolicy, 'renewCertificate', record);
    if (!o.certificate_number) throw conflict('NO_CERTIFICATE', `${o.name}为执法辅助人员，不持有执法证件`);
    if (o.certificate_status === 'revoked') throw conflict('CERTIFICATE_REVOKED', '证件已吊销，不能换发');
    if (o.certificate_status === 'suspended') throw conflict('CERTIFICATE_NOT_VALID', '证件已暂扣，恢复后方可换发');
    const { issued_on: previousIssuedOn } = await w.tx
      .selectFrom('enforcement_officers')
      .select('issued_on')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const today = w.clock.today();
    const number = input.certificateNumber.toUpperCase();
    if (input.certificateIssuedOn > today)
      throw invalid('ISSUED_IN_FUTURE', '发证日期不能晚于今天', [
        { path: 'certificateIssuedOn', message: '不能晚于今天' },
      ]);
    if (previousIssuedOn && input.certificateIssuedOn < previousIssuedOn)
      throw invalid('ISSUED_BEFORE_PREVIOUS', `换发证件的发证日期不能早于原证件的发证日期${previousIssuedOn}`, [
        { path: 'certificateIssuedOn', message: `不能早于${previousIssuedOn}` },
      ]);
    const taken = await w.tx
      .selectFrom('enforcement_officers')
      .select('id')
      .where('certificate_number', '=', number)
      .where('id', '!=', id)
      .executeTakeFirst();
    if (taken) throw conflict('CERTIFICATE_TAKEN', `证件号${number}已登记，不能重复登记`);
    await w.tx
      .updateTable('enforcement_officers')
      // the new certificate's annual registration starts with it
      .set({ certificate_number: number, issued_on: input.certificateIssuedOn, registered_year: null })
      .where('id', '=', id)
      .execute();
    await w.audit({
      regionCode: unit.regionCode,
      action: 'enforcement_officer.certificate_renewed',
      subjectType: OFFICER_SUBJECT,
      subjectId: id,
      summary: `为${o.name}换发执法证件：${o.certificate_number}（${previousIssuedOn ?? ''}发证）换为${number}（${input.certificateIssuedOn}发证）：${input.reason}`,
      changes: {
        previousNumber: o.certificate_number,
        previousIssuedOn,
        certificateNumber: number,
        certificateIssuedOn: input.certificateIssuedOn,
        reason: input.reason,
      },
    });
    await syncOfficerLapse(w, id);
    return { ok: true as const };
  });
}
