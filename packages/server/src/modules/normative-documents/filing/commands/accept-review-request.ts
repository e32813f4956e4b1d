// 受理审查建议: the justice bureau accepts a review request (then must answer within the reply period, rule
// normative.review-request-reply, 60 days by default) or declines it with reasons (not a normative document of this
// region, already reviewed, no reasons given …). Either closes the acceptance deadline.
import { consoleLink, normativeMenu } from '@fazhi/core/modules';
import type { Services } from '../../../../platform/services';
import { closeDeadline, setDeadline } from '../../../../platform/deadlines';
import { conflict, invalid } from '../../../../platform/errors';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { actDate, REQUEST_SUBJECT } from '../../support';
import { loadRequestForAct } from '../queries/review-requests';

export interface DecideRequestInput {
  decision: 'accept' | 'decline';
  reason: string;
  decidedOn?: string | undefined;
}

export async function acceptReviewRequest(
  services: Services,
  ctx: WriteContext,
  id: string,
  input: DecideRequestInput,
) {
  return inWriteTransaction(services, ctx, (w) => acceptReviewRequestOn(services, w, id, input));
}

export async function acceptReviewRequestOn(services: Services, w: Writer, id: string, input: DecideRequestInput) {
  const req = await loadRequestForAct(services, w, id);
  if (req.status !== 'received') throw conflict('REQUEST_ALREADY_DECIDED', '该审查建议已作出受理决定');
  const decidedOn = actDate(services, input.decidedOn, 'decidedOn');
  if (decidedOn < req.received_on)
    throw invalid('DATE_INVALID', `日期不能早于收到日期（${req.received_on}）`, [
      { path: 'decidedOn', message: '早于收到日期' },
    ]);
  const accepted = input.decision === 'accept';
  await w.tx
    .updateTable('normative_review_requests')
    .set({
      status: accepted ? 'accepted' : 'declined',
      decision_reason: input.reason,
      decided_on: decidedOn,
      decided_by: w.ctx.actor?.userId ?? null,
    })
    .where('region_code', '=', req.region_code)
    .where('id', '=', req.id)
    .execute();
  const where = { regionCode: req.region_code, subjectType: REQUEST_SUBJECT, subjectId: req.id };
  const closed = await closeDeadline(w, { ...where, kind: 'acceptance' }, decidedOn);
  let answerDue: string | null = null;
  if (accepted)
    answerDue = (
      await setDeadline(w, {
        ...where,
        kind: 'answer',
        label: '建议审查办结答复',
        subjectTitle: `对《${req.document_title}》的审查建议（${req.tracking_number}）`,
        link: consoleLink(normativeMenu, 'normative-review-requests', req.id),
        ruleId: 'normative.review-request-reply',
        from: decidedOn,
        responsibleOrgId: req.handler_org_id,
      })
    ).due;
  await w.audit({
    regionCode: req.region_code,
    action: accepted ? 'normative_review_request.accepted' : 'normative_review_request.declined',
    subjectType: REQUEST_SUBJECT,
    subjectId: req.id,
    summary: `${accepted ? '受理' : '不予受理'}审查建议（${req.tracking_number}）：${input.reason}`,
    changes: { decision: input.decision, onTime: closed?.status !== 'missed', answerDue },
  });
  return { status: accepted ? 'accepted' : 'declined', answerDue };
}
