// 公开征求意见 (第十四条、第十五条) through the shared participation mechanism: the period is counted by the
// calendar engine with decision.public-comment (一般不少于30日; shorter only with the reason stated when it
// opens); the computed earliest close and its basis are kept in the act's audit event.
import {
  openSubjectConsultationOn,
  type OpenConsultationInput,
} from '../../../../platform/participation/consultation-commands';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { DECISION_SUBJECT, decisionForAct, recordDecisionAct } from '../workflow';
import { setConsultationDeadline } from '../deadlines';

export async function openConsultation(
  services: Services,
  ctx: WriteContext,
  id: string,
  input: OpenConsultationInput,
) {
  return inWriteTransaction(services, ctx, (w) => openConsultationOn(services, w, id, input));
}

export async function openConsultationOn(services: Services, w: Writer, id: string, input: OpenConsultationInput) {
  const { row } = await decisionForAct(services, w, id, 'openConsultation');
  const opened = await openSubjectConsultationOn(services, w, DECISION_SUBJECT, id, input);
  const opensOn = input.opensOn ?? services.clock.today();
  await setConsultationDeadline(w, row, opensOn, input.closesOn);
  await recordDecisionAct(w, row, {
    act: 'consultation',
    on: opensOn,
    status: 'consultation',
    summary: `公开征求意见（${opensOn} 至 ${input.closesOn}${input.closesOn < opened.earliestClose ? `，缩短期限的理由：${input.shortenedReason}` : ''}）`,
    changes: {
      consultationId: opened.consultationId,
      closesOn: input.closesOn,
      earliestClose: opened.earliestClose,
      basis: opened.basis,
    },
  });
  return opened;
}
