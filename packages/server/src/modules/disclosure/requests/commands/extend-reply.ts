// 第三十三条第二款: the reply period extended once, by at most twenty working days, with the approval of the head of
// the disclosure office and a notice to the applicant (the 延期答复告知书).
import { actDate } from '../../../../platform/act-date';
import { extendCaseStepOn } from '../../../../platform/cases/clock';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { recordRequestAct, REPLY_KIND, requestForAct, requestRef } from '../../workflow';

export interface ExtendInput {
  approver: string;
  approvedOn?: string | undefined;
  reason: string;
}

export async function extendReply(services: Services, ctx: WriteContext, id: string, input: ExtendInput) {
  return inWriteTransaction(services, ctx, (w) => extendReplyOn(services, w, id, input));
}

export async function extendReplyOn(services: Services, w: Writer, id: string, input: ExtendInput) {
  const { row } = await requestForAct(services, w, id, 'extend');
  const approvedOn = actDate(services, input.approvedOn, 'approvedOn');
  const d = await extendCaseStepOn(w, requestRef(row), REPLY_KIND, {
    approvedBy: input.approver,
    approvedOn,
    reason: input.reason,
  });
  await w.tx
    .updateTable('disclosure_requests')
    .set({ extension_approver: input.approver, extension_approved_on: approvedOn, extension_reason: input.reason })
    .where('region_code', '=', row.region_code)
    .where('id', '=', row.id)
    .execute();
  await recordRequestAct(w, row, {
    act: 'extended',
    on: approvedOn,
    status: row.status,
    summary: `经${input.approver}同意，答复期限延长至 ${d.due}，并告知申请人`,
    changes: { due: d.due },
  });
}
