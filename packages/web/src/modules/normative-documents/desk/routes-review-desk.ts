// The review desk: the justice bureau's legality review, one document's comments and answers (the queue across
// every kind of draft is the shared participation/ desk),
// cleanup campaigns, review requests and the issuer prefixes (发文机关代字).
import { lazy } from 'react';
import { normativeMenu } from '@fazhi/core/modules';
import { consolePages } from '../../../shell/routes';

export const reviewDeskPages = consolePages(normativeMenu, [
  {
    menuKey: 'normative-documents',
    under: ':id/review',
    title: '合法性审核',
    component: lazy(() => import('./DeskReviewPage')),
  },
  {
    menuKey: 'normative-review-requests',
    title: '规范性文件建议审查',
    component: lazy(() => import('./ReviewRequestListPage')),
  },
  {
    menuKey: 'normative-review-requests',
    under: ':id',
    title: '审查建议',
    component: lazy(() => import('./ReviewRequestDetailPage')),
  },
  {
    menuKey: 'normative-documents',
    under: ':id/comments',
    title: '公众意见及采纳情况',
    component: lazy(() => import('./CommentAnswersPage')),
  },
  {
    menuKey: 'normative-cleanups',
    title: '规范性文件清理',
    component: lazy(() => import('./CleanupListPage')),
  },
  {
    menuKey: 'normative-cleanups',
    under: ':id',
    title: '清理详情',
    component: lazy(() => import('./CleanupDetailPage')),
  },
  {
    menuKey: 'normative-issuers',
    title: '发文机关代字与检索同义词',
    component: lazy(() => import('./DeskIssuersPage')),
  },
]);
