// 执法事前公示清单: the console's lists page and one version's page, and the portal's 事前公示 page (lazy chunks).
import { lazy } from 'react';
import { enforcementListsMenu, enforcementListsPortal } from '@fazhi/core/modules';
import type { ModuleRoutes } from '../../shell/routes';
import { consolePages, portalPages } from '../../shell/routes';

export const enforcementListsRoutes: ModuleRoutes = {
  module: 'enforcement-lists',
  routes: consolePages(enforcementListsMenu, [
    {
      menuKey: 'enforcement-lists',
      title: '执法事前公示清单',
      component: lazy(() => import('./ListVersionsPage')),
    },
    {
      menuKey: 'enforcement-lists',
      under: ':id',
      title: '执法事前公示清单',
      component: lazy(() => import('./ListVersionPage')),
    },
  ]),
  portal: portalPages(enforcementListsPortal, [
    {
      entry: 'enforcement-lists',
      title: '行政执法事前公示',
      component: lazy(() => import('./portal/PortalListsPage')),
    },
  ]),
};
