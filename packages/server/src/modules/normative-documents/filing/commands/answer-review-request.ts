// 答复审查建议: after review, the justice bureau answers the requester (the answer is shown on the portal under the
// tracking number); closes the reply deadline.
import type { Services } from '../../../../platform/services';
import { closeDeadline } from '../../../../platform/deadlines';
import { conflict, invalid } from '../../../../platform/errors';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { actDate, REQUEST_SUBJECT } from '../../support';
import { loadRequestForAct } from '../queries/review-requests';

export async function answerReviewRequest(
  services: Services,
  ctx: WriteContext,
  id: string,
  input: { answer: string; answeredOn?: string | undefined },
) {
  return inWriteTransaction(services, ctx, (w) => answerReviewRequestOn(services, w, id, input));
}

export async function answerReviewRequestOn(
  services: Services,
  w: Writer,
  id: string,
  input: { answer: string; answeredOn?: string | undefined },
) {
  const req = await loadRequestForAct(services, w, id);
  if (req.status !== 'accepted') throw conflict('REQUEST_NOT_ACCEPTED', '只有已受理的审查建议才能答复');
  const answeredOn = actDate(services, input.answeredOn, 'answeredOn');
  if (req.decided_on && answeredOn < req.decided_on)
    throw invalid('DATE_INVALID', `答复日期不能早于受理日期（${req.decided_on}）`, [
      { path: 'answeredOn', message: '早于受理日期' },
    ]);
  await w.tx
    .updateTable('normative_review_requests')
    .set({
      status: 'answered',
      answer: input.answer,
      answered_on: answeredOn,
      answered_by: w.ctx.actor?.userId ?? null,
    })
    .where('region_code', '=', req.region_code)
    .where('id', '=', req.id)
    .execute();
  const closed = await closeDeadline(
    w,
    { regionCode: req.region_code, subjectType: REQUEST_SUBJECT, subjectId: req.id, kind: 'answer' },
    answeredOn,
  );
  await w.audit({
    regionCode: req.region_code,
    action: 'normative_review_request.answered',
    subjectType: REQUEST_SUBJECT,
    subjectId: req.id,
    summary: `答复审查建议（${req.tracking_number}）`,
    changes: { answeredOn, onTime: closed?.status !== 'missed' },
  });
}
