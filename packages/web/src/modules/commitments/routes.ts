// 告知承诺制: the console's matters (list, one matter with its check), items and statistics pages (lazy chunks).
import { lazy } from 'react';
import { commitmentsMenu } from '@fazhi/core/modules';
import type { ModuleRoutes } from '../../shell/routes';
import { consolePages } from '../../shell/routes';

export const commitmentsRoutes: ModuleRoutes = {
  module: 'commitments',
  routes: consolePages(commitmentsMenu, [
    { menuKey: 'commitment-matters', title: '告知承诺办理', component: lazy(() => import('./MattersPage')) },
    {
      menuKey: 'commitment-matters',
      under: ':id',
      title: '告知承诺办理事项',
      component: lazy(() => import('./MatterPage')),
    },
    { menuKey: 'commitment-items', title: '告知承诺事项', component: lazy(() => import('./ItemsPage')) },
    {
      menuKey: 'commitment-statistics',
      title: '告知承诺统计',
      component: lazy(() => import('./StatisticsPage')),
    },
  ]),
};
