// 行政执法主体与人员: the console's bodies and officers pages and the portal's announcement and certificate check
// (lazy chunks).
import { lazy } from 'react';
import { enforcementMenu, enforcementPortal } from '@fazhi/core/modules';
import type { ModuleRoutes } from '../../shell/routes';
import { consolePages, portalPages } from '../../shell/routes';

export const enforcementRoutes: ModuleRoutes = {
  module: 'enforcement',
  routes: consolePages(enforcementMenu, [
    { menuKey: 'enforcement-bodies', title: '行政执法主体', component: lazy(() => import('./bodies/BodiesPage')) },
    {
      menuKey: 'enforcement-officers',
      title: '执法人员与证件',
      component: lazy(() => import('./officers/OfficersPage')),
    },
    {
      menuKey: 'enforcement-statistics',
      title: '执法主体与人员统计',
      component: lazy(() => import('./statistics/EnforcementStatisticsPage')),
    },
  ]),
  portal: portalPages(enforcementPortal, [
    {
      entry: 'enforcement-bodies',
      title: '行政执法主体公告',
      component: lazy(() => import('./portal/PortalBodiesPage')),
    },
    {
      entry: 'enforcement-certificate-check',
      title: '执法证件查询',
      component: lazy(() => import('./portal/PortalCertificatePage')),
    },
  ]),
};
