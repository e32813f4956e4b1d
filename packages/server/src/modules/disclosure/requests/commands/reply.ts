// 答复 (第三十三条、第三十六条至第三十九条): the body's answer of one of the types core lists, each with its article and
// the row of table 三 it counts in; a refusal of any kind states its reasons (第三十六条第（三）项、第三十七条). The reply
// closes the reply period — met or missed, kept for the on-time rate — and ends the request's clock.
import { replyOutcomes, replyProblems, type ReplyOutcome } from '@fazhi/core/disclosure';
import { actDate } from '../../../../platform/act-date';
import { endCaseClockOn } from '../../../../platform/cases/clock';
import { closeDeadline } from '../../../../platform/deadlines';
import { invalid } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { REQUEST_SUBJECT } from '../../catalogue';
import { recordRequestAct, REPLY_KIND, requestForAct, requestRef } from '../../workflow';

export interface ReplyInput {
  outcome: ReplyOutcome;
  replyText: string;
  holderName?: string | undefined;
  repliedOn?: string | undefined;
}

export async function replyToRequest(services: Services, ctx: WriteContext, id: string, input: ReplyInput) {
  return inWriteTransaction(services, ctx, (w) => replyToRequestOn(services, w, id, input));
}

export async function replyToRequestOn(services: Services, w: Writer, id: string, input: ReplyInput) {
  const { row } = await requestForAct(services, w, id, 'reply');
  const problems = replyProblems(input);
  if (problems.length)
    throw invalid(
      'REPLY_INVALID',
      problems[0]!.message,
      problems.map((p) => ({ path: p.field, message: p.message })),
    );
  const on = actDate(services, input.repliedOn, 'repliedOn');
  if (row.received_on && on < row.received_on)
    throw invalid('DATE_BEFORE_RECEIPT', `答复日期不得早于收到申请日期 ${row.received_on}`, [
      { path: 'repliedOn', message: '不得早于收到申请日期' },
    ]);
  const closed = await closeDeadline(
    w,
    { regionCode: row.region_code, subjectType: REQUEST_SUBJECT, subjectId: row.id, kind: REPLY_KIND },
    on,
  );
  await endCaseClockOn(w, requestRef(row), on);
  const late = closed ? closed.status === 'missed' : null;
  await w.tx
    .updateTable('disclosure_requests')
    .set({
      outcome: input.outcome,
      replied_on: on,
      reply_text: input.replyText,
      holder_name: input.holderName ?? null,
      replied_late: late,
    })
    .where('region_code', '=', row.region_code)
    .where('id', '=', row.id)
    .execute();
  const o = replyOutcomes[input.outcome];
  await recordRequestAct(w, row, {
    act: 'replied',
    on,
    status: 'replied',
    summary: `答复：${o.label}（${o.basis}）${late ? '，已超过答复期限' : ''}`,
    changes: { outcome: input.outcome, tableRow: o.tableRow, late },
  });
}
