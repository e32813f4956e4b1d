// 行政规范性文件: the console pages and the portal pages of the module. Each group of pages keeps its own table so
// that the document pages, the review desk, the statistics and the public pages can change independently.
import { lazy } from 'react';
import type { ModuleRoutes } from '../../shell/routes';
import { documentPages } from './documents/routes-documents';
import { reviewDeskPages } from './desk/routes-review-desk';
import { statisticsPages } from './statistics/routes-statistics';
import { cataloguePages } from './portal/portal-catalogue';
import { reviewRequestPages } from './portal/portal-review-requests';

export const normativeDocumentsRoutes: ModuleRoutes = {
  module: 'normative-documents',
  routes: [...documentPages, ...reviewDeskPages, ...statisticsPages],
  portal: [...cataloguePages, ...reviewRequestPages],
  portalHome: lazy(() => import('./portal/PortalHomePanel')),
};
