// The public participation pages of the portal: drafts open for comment (意见征集) and review requests (建议审查).
import { lazy } from 'react';
import type { PortalRoute } from '../../shell/routes';

export const participationPages: readonly PortalRoute[] = [
  {
    path: 'normative-consultations',
    title: '意见征集',
    component: lazy(() => import('./PortalConsultationsPage')),
  },
  {
    path: 'normative-consultations/:id',
    title: '征求意见稿',
    component: lazy(() => import('./PortalConsultationPage')),
  },
  {
    path: 'normative-review-requests',
    title: '建议审查',
    component: lazy(() => import('./PortalReviewRequestPage')),
  },
  {
    path: 'normative-review-requests/track',
    title: '建议审查办理进度查询',
    component: lazy(() => import('./PortalReviewTrackPage')),
  },
];
