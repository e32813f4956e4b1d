// 公开征求意见: the draft goes on the portal, article by article, for a period that may not be shorter than the
// statutory minimum (rule normative.public-comment, 30 days by default, per jurisdiction) unless the shortening is
// explained (urgent cases must say why). The consultation itself is the shared one (platform/participation); the
// document moves to 征求意见 with it.
import type { OpenConsultationInput } from '../../../../platform/participation/consultation-commands';
import { openSubjectConsultationOn } from '../../../../platform/participation/consultation-commands';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { SUBJECT } from '../../support';
import { loadForAct, moveTo } from '../../workflow';
import { normativeEvents } from '../../catalogue';

export type { OpenConsultationInput };

export async function openConsultation(
  services: Services,
  ctx: WriteContext,
  id: string,
  input: OpenConsultationInput,
) {
  return inWriteTransaction(services, ctx, (w) => openConsultationOn(services, w, id, input));
}

export async function openConsultationOn(services: Services, w: Writer, id: string, input: OpenConsultationInput) {
  const { row } = await loadForAct(services, w, id, 'openConsultation', 'open-consultation');
  const opened = await openSubjectConsultationOn(services, w, SUBJECT, row.id, input);
  const opensOn = input.opensOn ?? services.clock.today();
  await moveTo(w, row, 'consultation', 'open-consultation', opensOn, `征求意见期 ${opensOn} 至 ${input.closesOn}`, {
    consultation_closed_on: null,
  });
  await w.emit(normativeEvents, row.region_code, 'normative_document.consultation_opened', {
    documentId: row.id,
    consultationId: opened.consultationId,
  });
  return { consultationId: opened.consultationId, earliestClose: opened.earliestClose };
}
