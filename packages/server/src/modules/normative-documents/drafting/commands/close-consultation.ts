// 结束征求意见: after the announced period ends, the consultation is closed (the shared act) and the draft returns to
// the drafting unit, which answers every comment (意见采纳情况) before it submits the draft for legality review.
import { closeSubjectConsultationOn } from '../../../../platform/participation/consultation-commands';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { SUBJECT } from '../../support';
import { loadForAct, moveTo } from '../../workflow';

export async function closeConsultation(services: Services, ctx: WriteContext, id: string, closedOn?: string) {
  return inWriteTransaction(services, ctx, (w) => closeConsultationOn(services, w, id, closedOn));
}

export async function closeConsultationOn(services: Services, w: Writer, id: string, closedOnInput?: string) {
  const { row } = await loadForAct(services, w, id, 'closeConsultation', 'close-consultation');
  const { closedOn } = await closeSubjectConsultationOn(services, w, SUBJECT, row.id, closedOnInput);
  await moveTo(w, row, 'drafting', 'close-consultation', closedOn, '', { consultation_closed_on: closedOn });
}
