// 报告纠正情况: the issuing body reports what it has done about the review opinion; the bureau then confirms it.
import type { Services } from '../../../../platform/services';
import { invalid } from '../../../../platform/errors';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { actDate } from '../../support';
import { auditDocument, loadForAct } from '../../workflow';

export async function reportCorrection(
  services: Services,
  ctx: WriteContext,
  id: string,
  input: { report: string; reportedOn?: string | undefined },
) {
  return inWriteTransaction(services, ctx, (w) => reportCorrectionOn(services, w, id, input));
}

export async function reportCorrectionOn(
  services: Services,
  w: Writer,
  id: string,
  input: { report: string; reportedOn?: string | undefined },
) {
  const { row } = await loadForAct(services, w, id, 'reportCorrection');
  const c = await w.tx
    .selectFrom('normative_corrections')
    .select(['id', 'ordered_on'])
    .where('region_code', '=', row.region_code)
    .where('document_id', '=', row.id)
    .where('status', '=', 'ordered')
    .forUpdate()
    .executeTakeFirstOrThrow();
  const reportedOn = actDate(services, input.reportedOn, 'reportedOn');
  if (reportedOn < c.ordered_on)
    throw invalid('REPORT_DATE_INVALID', `报告日期不能早于审查意见日期（${c.ordered_on}）`, [
      { path: 'reportedOn', message: '早于审查意见日期' },
    ]);
  await w.tx
    .updateTable('normative_corrections')
    .set({
      status: 'reported',
      report: input.report,
      reported_on: reportedOn,
      reported_by: w.ctx.actor?.userId ?? null,
    })
    .where('region_code', '=', row.region_code)
    .where('id', '=', c.id)
    .execute();
  await auditDocument(w, row, 'correction_reported', '报告纠正情况', { correctionId: c.id, reportedOn });
}
