// 记录同级党委同意 (第三条第三款: 决策事项目录、标准经同级党委同意后向社会公布): the day and the committee's reply
// or meeting record. Items no longer change after it; a later change is an adjustment, consented to again.
import { actDate } from '../../../../platform/act-date';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { CATALOGUE_SUBJECT } from '../../catalogue';
import { catalogueForAct } from '../../support';

export interface PartyConsentInput {
  consentedOn: string;
  record: string;
}

export async function recordPartyConsent(services: Services, ctx: WriteContext, id: string, input: PartyConsentInput) {
  return inWriteTransaction(services, ctx, (w) => recordPartyConsentOn(services, w, id, input));
}

export async function recordPartyConsentOn(services: Services, w: Writer, id: string, input: PartyConsentInput) {
  const { row, record } = await catalogueForAct(services, w.tx, w.ctx.actor, id, 'recordPartyConsent');
  const consentedOn = actDate(services, input.consentedOn, 'consentedOn', '党委同意日期');
  await w.tx
    .updateTable('decision_catalogues')
    .set({
      status: 'consented',
      party_consent_on: consentedOn,
      party_consent_record: input.record,
      consent_recorded_by: w.ctx.actor?.userId ?? null,
    })
    .where('region_code', '=', row.region_code)
    .where('id', '=', row.id)
    .execute();
  await w.audit({
    regionCode: row.region_code,
    action: 'decision_catalogue.party_consent_recorded',
    subjectType: CATALOGUE_SUBJECT,
    subjectId: row.id,
    summary: `${record.bodyName}${row.year}年决策事项目录（第${row.version_no}版）经同级党委同意：${input.record}`,
    changes: { consentedOn, record: input.record },
  });
}
