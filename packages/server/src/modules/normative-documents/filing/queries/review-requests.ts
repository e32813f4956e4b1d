// Review requests (建议审查): the justice bureau's list and detail (through the scope chokepoint, located by the
// handling bureau), the loader for its acts, and the public tracking view (no personal data).
import type { ScopeTarget } from '@fazhi/core/access';
import { parseTrackingNumber, trackingPrefixes } from '@fazhi/core/identifiers';
import type { Actor } from '../../../../platform/access/actor';
import { orgTarget, scopeFilter } from '../../../../platform/access/scope';
import { pageOf, pageSlice, type PageRequest } from '../../../../platform/db/paginate';
import { deadlinesOf, nextDeadlinesOf } from '../../../../platform/deadlines';
import { notFound } from '../../../../platform/errors';
import { authorizeAs, policyContext } from '../../../../platform/access/policy';
import { reviewRequestPolicy } from '../../policy';
import type { Services } from '../../../../platform/services';
import type { Writer } from '../../../../platform/write';
import { REQUEST_SUBJECT } from '../../support';
import type { ReviewRequestStatus } from '../../tables';
import type { Page, ReviewRequestRow } from '@fazhi/core/contracts';
import type { ReviewRequestDetail } from '@fazhi/core/contracts';
import type { TrackedReviewRequest } from '@fazhi/core/contracts';

export const requestStatusLabels = {
  received: '已收到，待受理审查',
  accepted: '已受理，审查中',
  declined: '不予受理',
  answered: '已答复',
} as const satisfies Record<ReviewRequestStatus, string>;

export async function loadRequestForAct(services: Services, w: Writer, id: string) {
  let q = w.tx.selectFrom('normative_review_requests as q').selectAll('q').where('q.id', '=', id);
  if (w.ctx.actor)
    q = q.where(
      scopeFilter(services.registry.grants, w.ctx.actor, 'normative.review-request.read', 'q.handler_org_id'),
    );
  const req = await q.forUpdate().executeTakeFirst();
  if (!req) throw notFound('审查建议');
  if (w.ctx.actor) {
    const target = await orgTarget(w.tx, req.handler_org_id);
    if (!target) throw notFound('审查建议');
    authorizeAs(services.registry.grants, w.ctx.actor, reviewRequestPolicy, 'handle', { target, status: req.status });
  }
  return req;
}

export async function listReviewRequests(
  services: Services,
  actor: Actor,
  query: PageRequest & { status?: ReviewRequestStatus | undefined },
): Promise<Page<ReviewRequestRow>> {
  let q = services.db
    .selectFrom('normative_review_requests as q')
    .where(scopeFilter(services.registry.grants, actor, 'normative.review-request.read', 'q.handler_org_id'));
  if (query.status) q = q.where('q.status', '=', query.status);
  const total = await q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirst();
  const rows = await q
    .select([
      'q.id',
      'q.region_code',
      'q.tracking_number',
      'q.document_title',
      'q.requester_kind',
      'q.requester_name',
      'q.received_on',
      'q.status',
      'q.is_demo',
    ])
    .orderBy('q.received_on', 'desc')
    .orderBy('q.tracking_number', 'desc')
    .limit(pageSlice(query).limit)
    .offset(pageSlice(query).offset)
    .execute();
  // the step now due for each request (acceptance, then the answer), so the list shows what is pressing
  const nextDeadline = await nextDeadlinesOf(
    services.db,
    services.clock.today(),
    REQUEST_SUBJECT,
    rows.map((r) => r.id),
  );
  return pageOf(
    query,
    total?.n,
    rows.map((r) => ({
      id: r.id,
      regionCode: r.region_code,
      trackingNumber: r.tracking_number,
      documentTitle: r.document_title,
      requesterKind: r.requester_kind,
      requesterName: r.requester_name,
      receivedOn: r.received_on,
      status: r.status,
      statusLabel: requestStatusLabels[r.status],
      isDemo: r.is_demo,
      openDeadline: nextDeadline(r.id),
    })),
  );
}

export async function getReviewRequest(
  services: Services,
  actor: Actor,
  id: string,
): Promise<ReviewRequestDetail | null> {
  const r = await services.db
    .selectFrom('normative_review_requests as q')
    .selectAll('q')
    .where('q.id', '=', id)
    .where(scopeFilter(services.registry.grants, actor, 'normative.review-request.read', 'q.handler_org_id'))
    .executeTakeFirst();
  if (!r) return null;
  const target: ScopeTarget | null = await orgTarget(services.db, r.handler_org_id);
  const p = policyContext(services.registry.grants, actor);
  const may = (act: 'decide' | 'answer') =>
    target !== null && reviewRequestPolicy.rules[act](p, { target, status: r.status });
  return {
    id: r.id,
    regionCode: r.region_code,
    trackingNumber: r.tracking_number,
    documentId: r.document_id,
    documentTitle: r.document_title,
    requesterKind: r.requester_kind,
    requesterName: r.requester_name,
    reasons: r.reasons,
    receivedOn: r.received_on,
    status: r.status,
    statusLabel: requestStatusLabels[r.status],
    decisionReason: r.decision_reason,
    decidedOn: r.decided_on,
    answer: r.answer,
    answeredOn: r.answered_on,
    isDemo: r.is_demo,
    deadlines: await deadlinesOf(services.db, r.region_code, REQUEST_SUBJECT, r.id, services.clock.today()),
    abilities: { decide: may('decide'), answer: may('answer') },
  };
}

/** What the requester sees on the portal with the tracking number: the progress and the answer, nothing personal. */
export async function trackReviewRequest(services: Services, typed: string): Promise<TrackedReviewRequest | null> {
  const parsed = parseTrackingNumber(typed, trackingPrefixes.normative_review_request);
  if (!parsed) return null;
  const r = await services.db
    .selectFrom('normative_review_requests')
    .select([
      'id',
      'region_code',
      'tracking_number',
      'document_title',
      'received_on',
      'status',
      'decision_reason',
      'decided_on',
      'answer',
      'answered_on',
    ])
    .where('region_code', '=', parsed.regionCode)
    .where('tracking_number', '=', parsed.trackingNumber)
    .executeTakeFirst();
  if (!r) return null;
  return {
    trackingNumber: r.tracking_number,
    documentTitle: r.document_title,
    receivedOn: r.received_on,
    status: r.status,
    statusLabel: requestStatusLabels[r.status],
    decisionReason: r.status === 'declined' ? r.decision_reason : null,
    decidedOn: r.decided_on,
    answer: r.answer,
    answeredOn: r.answered_on,
    // the bureau's statutory periods (acceptance, answer) so the requester knows by when to expect each step
    deadlines: (await deadlinesOf(services.db, r.region_code, REQUEST_SUBJECT, r.id, services.clock.today())).map(
      (d) => ({
        kind: d.kind,
        label: d.label,
        due: d.due,
        basis: d.basis,
        status: d.status,
      }),
    ),
  };
}
