// 免于公开征求意见: a draft that touches rights and duties may skip public consultation only with a recorded reason
// (e.g. 涉及国家秘密, 依法不予公开); the reason stands in the place of the consultation in the publication guard.
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { auditDocument, loadForAct, moveTo } from '../../workflow';

export async function exemptConsultation(services: Services, ctx: WriteContext, id: string, reason: string) {
  return inWriteTransaction(services, ctx, (w) => exemptConsultationOn(services, w, id, reason));
}

export async function exemptConsultationOn(
  services: Services,
  w: Writer,
  id: string,
  reason: string,
  on = services.clock.today(),
) {
  const { row } = await loadForAct(services, w, id, 'exemptConsultation', 'exempt-consultation');
  await moveTo(w, row, 'drafting', 'exempt-consultation', on, reason, { consultation_exempt_reason: reason });
  await auditDocument(w, row, 'consultation_exempted', `免于公开征求意见：${reason}`, { reason });
}
