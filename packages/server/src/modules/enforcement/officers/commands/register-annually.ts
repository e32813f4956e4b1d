// 年度注册 (年审) of a certificate, where the region keeps it (`enforcement.certificate.annual-registration`; no
// national rule, statutes §10): the justice bureau records the year registered, never one after this year; a
// certificate suspended or revoked is not registered.
import { authorizeAs } from '../../../../platform/access/policy';
import { conflict, invalid } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext } from '../../../../platform/write';
import { OFFICER_SUBJECT } from '../../catalogue';
import { officerPolicy } from '../../policy';
import { enforcementSettings } from '../../settings';
import { officerFor } from '../../support';

export async function registerAnnually(
  services: Services,
  ctx: WriteContext,
  id: string,
  input: { registrationYear: number },
) {
  return inWriteTransaction(services, ctx, async (w) => {
    const { officer: o, unit, record } = await officerFor(services, w, id, true);
    authorizeAs(services.registry.grants, w.ctx.actor, officerPolicy, 'registerAnnually', record);
    if (!(await enforcementSettings.read(w.tx, unit.regionCode, 'enforcement.certificate.annual-registration')))
      throw conflict('NO_ANNUAL_REGISTRATION', '本地区未实行执法证件年度注册');
    if (!o.certificate_number) throw conflict('NO_CERTIFICATE', `${o.name}为执法辅助人员，不持有执法证件`);
    if (o.certificate_status !== 'valid') throw conflict('CERTIFICATE_NOT_VALID', '证件已暂扣或吊销，不能办理年度注册');
    const year = Number(w.clock.today().slice(0, 4));
    if (input.registrationYear > year)
      throw invalid('YEAR_IN_FUTURE', `注册年度不能晚于本年度（${year}年）`, [
        { path: 'registrationYear', message: '不能晚于本年度' },
      ]);
    await w.tx
      .updateTable('enforcement_officers')
      .set({ registered_year: input.registrationYear })
      .where('id', '=', id)
      .execute();
    await w.audit({
      regionCode: unit.regionCode,
      action: 'enforcement_officer.registered_annually',
      subjectType: OFFICER_SUBJECT,
      subjectId: id,
      summary: `${o.name}的执法证件（${o.certificate_number}）办理${input.registrationYear}年度注册`,
      changes: { ...input },
    });
    return { ok: true as const };
  });
}
