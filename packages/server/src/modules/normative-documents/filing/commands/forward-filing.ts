// 报上级政府和人大常委会备案: the justice bureau files the document onward with the upper government and the
// people's congress standing committee (seed 000 (五): 由区政府法制办统一报送市政府和区人大常委会备案; 国发〔2008〕17号
// (十四): within 15 days of publication — the deadline set at registration, met once both dates are recorded).
import { invalid } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { closeDeadline } from '../../../../platform/deadlines';
import { actDate, SUBJECT } from '../../support';
import { auditDocument, loadForAct } from '../../workflow';

export interface ForwardInput {
  toGovernmentOn?: string | undefined;
  toCongressOn?: string | undefined;
}

export async function forwardFiling(services: Services, ctx: WriteContext, id: string, input: ForwardInput) {
  return inWriteTransaction(services, ctx, (w) => forwardFilingOn(services, w, id, input));
}

export async function forwardFilingOn(services: Services, w: Writer, id: string, input: ForwardInput) {
  const { row } = await loadForAct(services, w, id, 'forwardFiling');
  if (!input.toGovernmentOn && !input.toCongressOn)
    throw invalid('FORWARD_DATE_REQUIRED', '请填写报上级政府或人大常委会备案的日期', [
      { path: 'toGovernmentOn', message: '至少填写一项' },
    ]);
  const filing = await w.tx
    .selectFrom('normative_filings')
    .select(['id', 'submitted_on'])
    .where('region_code', '=', row.region_code)
    .where('document_id', '=', row.id)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  const toGov = input.toGovernmentOn ? actDate(services, input.toGovernmentOn, 'toGovernmentOn') : undefined;
  const toCongress = input.toCongressOn ? actDate(services, input.toCongressOn, 'toCongressOn') : undefined;
  for (const [path, d] of [
    ['toGovernmentOn', toGov],
    ['toCongressOn', toCongress],
  ] as const)
    if (d && d < filing.submitted_on)
      throw invalid('FORWARD_BEFORE_FILING', `报备日期不能早于本级报送备案日期（${filing.submitted_on}）`, [
        { path, message: '早于报送备案日期' },
      ]);
  const forwarded = await w.tx
    .updateTable('normative_filings')
    .set({
      ...(toGov ? { forwarded_to_government_on: toGov } : {}),
      ...(toCongress ? { forwarded_to_congress_on: toCongress } : {}),
      forwarded_by: w.ctx.actor?.userId ?? null,
    })
    .where('region_code', '=', row.region_code)
    .where('id', '=', filing.id)
    .returning(['forwarded_to_government_on', 'forwarded_to_congress_on'])
    .executeTakeFirstOrThrow();
  // the onward-filing deadline is met once the document is with both (the later date counts)
  const gov = forwarded.forwarded_to_government_on;
  const congress = forwarded.forwarded_to_congress_on;
  if (gov && congress)
    await closeDeadline(
      w,
      { regionCode: row.region_code, subjectType: SUBJECT, subjectId: row.id, kind: 'onward-filing' },
      gov > congress ? gov : congress,
    );
  const parts = [toGov ? `${toGov}报上级人民政府备案` : '', toCongress ? `${toCongress}报人大常委会备案` : '']
    .filter(Boolean)
    .join('，');
  await auditDocument(w, row, 'filing_forwarded', parts, { filingId: filing.id, toGov, toCongress });
}
