// 结束征求意见: after the announced period ends, the consultation is closed and the draft returns to the drafting
// unit, which answers every comment (意见采纳情况) before it submits the draft for legality review.
import { invalid } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { actDate } from '../../support';
import { auditDocument, loadForAct, moveTo } from '../../workflow';

export async function closeConsultation(services: Services, ctx: WriteContext, id: string, closedOn?: string) {
  return inWriteTransaction(services, ctx, (w) => closeConsultationOn(services, w, id, closedOn));
}

export async function closeConsultationOn(services: Services, w: Writer, id: string, closedOnInput?: string) {
  const { row } = await loadForAct(services, w, id, 'closeConsultation', 'close-consultation');
  const closedOn = actDate(services, closedOnInput, 'closedOn');
  const c = await w.tx
    .selectFrom('normative_consultations')
    .select(['id', 'closes_on'])
    .where('region_code', '=', row.region_code)
    .where('document_id', '=', row.id)
    .where('status', '=', 'open')
    .executeTakeFirstOrThrow();
  if (closedOn <= c.closes_on)
    throw invalid('CONSULTATION_NOT_ENDED', `征求意见期至 ${c.closes_on} 截止，期满后方可结束`, [
      { path: 'closedOn', message: `应晚于 ${c.closes_on}` },
    ]);
  await w.tx
    .updateTable('normative_consultations')
    .set({ status: 'closed', closed_on: closedOn })
    .where('region_code', '=', row.region_code)
    .where('id', '=', c.id)
    .execute();
  await moveTo(w, row, 'drafting', 'close-consultation', closedOn, '', { consultation_closed_on: closedOn });
  await auditDocument(w, row, 'consultation_closed', `结束征求意见（${closedOn}）`, { consultationId: c.id });
}
