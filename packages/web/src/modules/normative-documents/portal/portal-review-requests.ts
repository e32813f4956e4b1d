// The module's public participation pages of its own (建议审查: a review request and its tracking), and the addresses
// its consultation pages had before 意见征集 became the shared one (participation/), answered by a redirect so that
// links and bookmarks keep working.
import { lazy } from 'react';
import { normativePortal } from '@fazhi/core/modules';
import { portalPages, type PortalRoute } from '../../../shell/routes';

const toShared = lazy(() => import('./ConsultationRedirect'));

export const reviewRequestPages: PortalRoute[] = [
  ...portalPages(normativePortal, [
    {
      entry: 'normative-review-requests',
      title: '建议审查',
      component: lazy(() => import('./PortalReviewRequestPage')),
    },
    {
      entry: 'normative-review-requests',
      under: 'track',
      title: '建议审查办理进度查询',
      component: lazy(() => import('./PortalReviewTrackPage')),
    },
  ]),
  { path: 'normative-consultations', title: '意见征集', component: toShared },
  { path: 'normative-consultations/:id', title: '征求意见稿', component: toShared },
];
