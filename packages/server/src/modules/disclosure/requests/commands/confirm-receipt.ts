// 第三十一条第（三）项: an online request is received on the day both sides confirm it — the body's staff confirm it
// to the applicant, and from that day its periods run.
import { receiptRules } from '@fazhi/core/disclosure';
import { actDate } from '../../../../platform/act-date';
import { invalid } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext } from '../../../../platform/write';
import { requestForAct } from '../../workflow';
import { startClockOn } from './submit-request';

export async function confirmReceipt(
  services: Services,
  ctx: WriteContext,
  id: string,
  input: { confirmedOn?: string | undefined },
) {
  return inWriteTransaction(services, ctx, async (w) => {
    const { row } = await requestForAct(services, w, id, 'confirm-receipt');
    const on = actDate(services, input.confirmedOn, 'confirmedOn');
    if (on < row.submitted_on)
      throw invalid('DATE_BEFORE_SUBMISSION', `双方确认日期不得早于提交申请日期 ${row.submitted_on}`, [
        { path: 'confirmedOn', message: '不得早于提交申请日期' },
      ]);
    return { replyDue: await startClockOn(w, row, on, receiptRules[row.channel].basis) };
  });
}
