// The review desk: the justice bureau's legality review, the drafting unit's comment moderation and answers,
// cleanup campaigns, review requests and the issuer prefixes (发文机关代字).
import { lazy } from 'react';
import type { ConsoleRoute } from '../../shell/routes';

export const reviewDeskPages: readonly ConsoleRoute[] = [
  {
    path: 'normative-documents/:id/review',
    title: '合法性审核',
    menuKey: 'normative-documents',
    component: lazy(() => import('./DeskReviewPage')),
  },
  {
    path: 'normative-review-requests',
    title: '规范性文件建议审查',
    menuKey: 'normative-review-requests',
    component: lazy(() => import('./ReviewRequestListPage')),
  },
  {
    path: 'normative-review-requests/:id',
    title: '审查建议',
    menuKey: 'normative-review-requests',
    component: lazy(() => import('./ReviewRequestDetailPage')),
  },
  {
    path: 'normative-documents/:id/comments',
    title: '公众意见及采纳情况',
    menuKey: 'normative-documents',
    component: lazy(() => import('./CommentAnswersPage')),
  },
  {
    path: 'normative-comments',
    title: '公众意见处理',
    menuKey: 'normative-comments',
    component: lazy(() => import('./CommentQueuePage')),
  },
  {
    path: 'normative-cleanups',
    title: '规范性文件清理',
    menuKey: 'normative-cleanups',
    component: lazy(() => import('./CleanupListPage')),
  },
  {
    path: 'normative-cleanups/:id',
    title: '清理详情',
    menuKey: 'normative-cleanups',
    component: lazy(() => import('./CleanupDetailPage')),
  },
  {
    path: 'normative-issuers',
    title: '发文机关代字与检索同义词',
    menuKey: 'normative-issuers',
    component: lazy(() => import('./DeskIssuersPage')),
  },
];
