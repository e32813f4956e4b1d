// 权责清单与事项清单: the console's lists page and the portal's lists with search (lazy chunks).
import { lazy } from 'react';
import { powerListsMenu, powerListsPortal } from '@fazhi/core/modules';
import type { ModuleRoutes } from '../../shell/routes';
import { consolePages, portalPages } from '../../shell/routes';

export const powerListsRoutes: ModuleRoutes = {
  module: 'power-lists',
  routes: consolePages(powerListsMenu, [
    { menuKey: 'power-lists', title: '权责清单与事项清单', component: lazy(() => import('./PowerListsPage')) },
  ]),
  portal: portalPages(powerListsPortal, [
    {
      entry: 'power-lists',
      title: '权责清单与事项清单',
      component: lazy(() => import('./portal/PortalPowerListsPage')),
    },
  ]),
};
