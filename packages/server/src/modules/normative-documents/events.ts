// Reactions after commit (outbox → handlers): the people who must act next get a notification in their to-do list.
// Idempotent: each notification has a dedupe key, so handling an event twice adds nothing.
import { consoleLink, normativeMenu } from '@fazhi/core/modules';
import type { Role } from '@fazhi/core/access';
import type { OutboxEvent, TypedEvent } from '../../platform/modules/catalogue';
import { normativeEvents, type NormativeNotificationKind } from './catalogue';
import { notifyMany } from '../../platform/notifications';
import type { Services } from '../../platform/services';
import { documentLink } from './support';

/** Everyone active holding `role` at the unit, through the platform's notifications (deduplicated per event). */
async function notifyRole(
  services: Services,
  e: OutboxEvent,
  orgId: string,
  role: Role,
  n: {
    kind: NormativeNotificationKind;
    title: string;
    body: string;
    link: string;
    subjectType: string;
    subjectId: string;
  },
) {
  const users = await services.db
    .selectFrom('role_assignments as ra')
    .innerJoin('users as u', 'u.id', 'ra.user_id')
    .select('u.id')
    .where('ra.org_id', '=', orgId)
    .where('ra.role', '=', role)
    .where('u.disabled_at', 'is', null)
    .execute();
  await notifyMany(services.db, {
    ...n,
    regionCode: e.regionCode,
    userIds: users.map((u) => u.id),
    dedupeKey: `${e.type}:${e.id}`,
  });
}

async function documentOf(services: Services, e: TypedEvent<{ documentId: string }>) {
  const id = e.payload.documentId;
  return services.db
    .selectFrom('normative_documents')
    .select(['id', 'title', 'drafting_org_id'])
    .where('region_code', '=', e.regionCode)
    .where('id', '=', id)
    .executeTakeFirst();
}

const toDraftingUnit =
  (kind: NormativeNotificationKind, what: (title: string) => string, todo: string) =>
  async (services: Services, e: TypedEvent<{ documentId: string }>) => {
    const doc = await documentOf(services, e);
    if (!doc) return;
    await notifyRole(services, e, doc.drafting_org_id, 'legal_officer', {
      kind,
      title: what(doc.title),
      body: todo,
      link: documentLink(doc.id),
      subjectType: 'normative_document',
      subjectId: doc.id,
    });
  };

export const normativeEventHandlers = normativeEvents.handlers({
  // 报送合法性审核 → the reviewers of the justice bureau that received it
  'normative_document.submitted_for_legality_review': async (services, e) => {
    const doc = await documentOf(services, e);
    const reviewId = e.payload.reviewId;
    const review = await services.db
      .selectFrom('legality_reviews')
      .select('reviewer_org_id')
      .where('region_code', '=', e.regionCode)
      .where('id', '=', reviewId)
      .executeTakeFirst();
    if (!doc || !review) return;
    await notifyRole(services, e, review.reviewer_org_id, 'justice_reviewer', {
      kind: 'normative.legality-review',
      title: `《${doc.title}》已报送合法性审核`,
      body: '请在审核期限内作出合法性审核意见，点击标题打开该文件办理。',
      link: documentLink(doc.id),
      subjectType: 'normative_document',
      subjectId: doc.id,
    });
  },
  'normative_document.legality_reviewed': toDraftingUnit(
    'normative.legality-reviewed',
    (t) => `《${t}》合法性审核已办结`,
    '请打开该文件查看合法性审核意见，并据此办理后续程序。',
  ),
  'normative_document.published': toDraftingUnit(
    'normative.filing',
    (t) => `《${t}》已发布，请在期限内报送备案`,
    '请在备案期限内报送备案，点击标题打开该文件办理。',
  ),
  'normative_document.correction_ordered': toDraftingUnit(
    'normative.correction',
    (t) => `《${t}》备案审查要求纠正`,
    '请按备案审查意见自行纠正，并在期限内报告纠正情况。',
  ),
  'normative_document.post_evaluation_created': toDraftingUnit(
    'normative.post-evaluation',
    (t) => `《${t}》即将到期，请开展后评估`,
    '请开展后评估，并作出继续施行、修改或者废止的评估结论。',
  ),
  // 建议审查 → the reviewers of the handling bureau
  'normative_review_request.submitted': async (services, e) => {
    const id = e.payload.requestId;
    const req = await services.db
      .selectFrom('normative_review_requests')
      .select(['id', 'handler_org_id', 'document_title', 'tracking_number'])
      .where('region_code', '=', e.regionCode)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!req) return;
    await notifyRole(services, e, req.handler_org_id, 'justice_reviewer', {
      kind: 'normative.review-request',
      title: `收到对《${req.document_title}》的审查建议（${req.tracking_number}）`,
      // a sentence for the reader; the page is the notification's link, which the inbox renders as a link
      body: `请在受理期限内决定是否受理，点击标题办理（查询编号 ${req.tracking_number}）。`,
      link: consoleLink(normativeMenu, 'normative-review-requests', req.id),
      subjectType: 'normative_review_request',
      subjectId: req.id,
    });
  },
});
