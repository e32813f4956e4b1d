// 审查意见（通知自行纠正）: the filing review finds a problem; the justice bureau sends its opinion and the issuing body
// must correct within the correction period (rule normative.correction, 30 days by default, per jurisdiction). The
// correction is followed up until the bureau confirms it.
import { randomUUID } from 'node:crypto';
import { invalid } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { closeDeadline, setDeadline } from '../../../../platform/deadlines';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { actDate, documentLink, SUBJECT } from '../../support';
import { auditDocument, loadForAct, moveTo } from '../../workflow';
import { pendingFiling } from './record-filing-review';
import { normativeEvents } from '../../catalogue';

export async function orderCorrection(
  services: Services,
  ctx: WriteContext,
  id: string,
  input: { opinion: string; orderedOn?: string | undefined },
) {
  return inWriteTransaction(services, ctx, (w) => orderCorrectionOn(services, w, id, input));
}

export async function orderCorrectionOn(
  services: Services,
  w: Writer,
  id: string,
  input: { opinion: string; orderedOn?: string | undefined },
) {
  const { row } = await loadForAct(services, w, id, 'recordFilingReview');
  const filing = await pendingFiling(w, row);
  const orderedOn = actDate(services, input.orderedOn, 'orderedOn');
  if (orderedOn < filing.submitted_on)
    throw invalid('REVIEW_DATE_INVALID', `审查意见日期不能早于报送备案日期（${filing.submitted_on}）`);
  await w.tx
    .updateTable('normative_filings')
    .set({
      outcome: 'correction_ordered',
      opinion: input.opinion,
      reviewed_on: orderedOn,
      reviewed_by: w.ctx.actor?.userId ?? null,
    })
    .where('region_code', '=', row.region_code)
    .where('id', '=', filing.id)
    .execute();
  const correctionId = randomUUID();
  await w.tx
    .insertInto('normative_corrections')
    .values({
      region_code: row.region_code,
      id: correctionId,
      document_id: row.id,
      filing_id: filing.id,
      ordered_on: orderedOn,
      ordered_by: w.ctx.actor?.userId ?? null,
      opinion: input.opinion,
      status: 'ordered',
    })
    .execute();
  const where = { regionCode: row.region_code, subjectType: SUBJECT, subjectId: row.id };
  await closeDeadline(w, { ...where, kind: 'filing-review' }, orderedOn);
  const due = await setDeadline(w, {
    ...where,
    kind: 'correction',
    label: '按备案审查意见纠正',
    subjectTitle: `《${row.title}》${row.doc_number ? `（${row.doc_number}）` : ''}`,
    link: documentLink(row.id),
    ruleId: 'normative.correction',
    from: orderedOn,
    responsibleOrgId: row.drafting_org_id,
  });
  await moveTo(w, row, row.status, 'order-correction', orderedOn, input.opinion, {
    filing_status: 'correction_ordered',
  });
  await auditDocument(w, row, 'correction_ordered', `备案审查发现问题，责令于${due.due}前纠正`, {
    correctionId,
    due: due.due,
  });
  await w.emit(normativeEvents, row.region_code, 'normative_document.correction_ordered', {
    documentId: row.id,
    correctionId,
  });
  return { correctionId, due: due.due };
}
