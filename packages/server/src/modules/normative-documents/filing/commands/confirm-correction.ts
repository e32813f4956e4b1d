// 确认纠正: the justice bureau checks the reported correction. Confirmed → the filing is accepted and the correction
// deadline is closed as of the report (met or missed); not confirmed → the correction goes back to the issuing body
// and its deadline keeps running.
import type { Services } from '../../../../platform/services';
import { closeDeadline } from '../../../../platform/deadlines';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { SUBJECT } from '../../support';
import { auditDocument, loadForAct, moveTo } from '../../workflow';

export interface ConfirmInput {
  confirmed: boolean;
  note?: string | undefined;
}

export async function confirmCorrection(services: Services, ctx: WriteContext, id: string, input: ConfirmInput) {
  return inWriteTransaction(services, ctx, (w) => confirmCorrectionOn(services, w, id, input));
}

export async function confirmCorrectionOn(
  services: Services,
  w: Writer,
  id: string,
  input: ConfirmInput,
  on = services.clock.today(),
) {
  const { row } = await loadForAct(services, w, id, 'confirmCorrection');
  const c = await w.tx
    .selectFrom('normative_corrections')
    .select(['id', 'filing_id', 'reported_on'])
    .where('region_code', '=', row.region_code)
    .where('document_id', '=', row.id)
    .where('status', '=', 'reported')
    .forUpdate()
    .executeTakeFirstOrThrow();
  if (!input.confirmed) {
    await w.tx
      .updateTable('normative_corrections')
      .set({ status: 'ordered' })
      .where('region_code', '=', row.region_code)
      .where('id', '=', c.id)
      .execute();
    await auditDocument(
      w,
      row,
      'correction_rejected',
      `纠正不到位，退回继续纠正${input.note ? `：${input.note}` : ''}`,
      {
        correctionId: c.id,
      },
    );
    return { status: 'ordered' as const };
  }
  await w.tx
    .updateTable('normative_corrections')
    .set({ status: 'confirmed', confirmed_on: on, confirmed_by: w.ctx.actor?.userId ?? null })
    .where('region_code', '=', row.region_code)
    .where('id', '=', c.id)
    .execute();
  await closeDeadline(
    w,
    { regionCode: row.region_code, subjectType: SUBJECT, subjectId: row.id, kind: 'correction' },
    c.reported_on ?? on,
  );
  await moveTo(w, row, row.status, 'confirm-correction', on, input.note ?? '已纠正', { filing_status: 'accepted' });
  await auditDocument(w, row, 'correction_confirmed', '确认已按审查意见纠正，予以备案', { correctionId: c.id });
  return { status: 'confirmed' as const };
}
