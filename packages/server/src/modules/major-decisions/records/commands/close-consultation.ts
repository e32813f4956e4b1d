// 结束公开征求意见: after the announced period (the shared mechanism refuses earlier); the draft goes back to its
// 承办单位 to be revised in the light of the comments before it is sent for legality review.
import { closeSubjectConsultationOn } from '../../../../platform/participation/consultation-commands';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { DECISION_SUBJECT, decisionForAct, recordDecisionAct } from '../workflow';
import { closeConsultationDeadline } from '../deadlines';

export async function closeConsultation(services: Services, ctx: WriteContext, id: string, closedOn?: string) {
  return inWriteTransaction(services, ctx, (w) => closeConsultationOn(services, w, id, closedOn));
}

export async function closeConsultationOn(services: Services, w: Writer, id: string, closedOnInput?: string) {
  const { row } = await decisionForAct(services, w, id, 'closeConsultation');
  const closed = await closeSubjectConsultationOn(services, w, DECISION_SUBJECT, id, closedOnInput);
  await closeConsultationDeadline(w, row, closed.closedOn);
  await recordDecisionAct(w, row, {
    act: 'consultation_ended',
    on: closed.closedOn,
    status: 'drafting',
    summary: `结束公开征求意见（${closed.closedOn}）`,
    changes: { consultationId: closed.consultationId },
  });
}
