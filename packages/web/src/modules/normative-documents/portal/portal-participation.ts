// The public participation pages of the portal: drafts open for comment (意见征集) and review requests (建议审查).
import { lazy } from 'react';
import { normativePortal } from '@fazhi/core/modules';
import { portalPages } from '../../../shell/routes';

export const participationPages = portalPages(normativePortal, [
  {
    entry: 'normative-consultations',
    title: '意见征集',
    component: lazy(() => import('./PortalConsultationsPage')),
  },
  {
    entry: 'normative-consultations',
    under: ':id',
    title: '征求意见稿',
    component: lazy(() => import('./PortalConsultationPage')),
  },
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
]);
