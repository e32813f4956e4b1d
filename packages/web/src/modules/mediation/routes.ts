// 矛盾纠纷调解: the console's disputes (list, one dispute with its acts), committees and statistics pages (lazy chunks).
import { lazy } from 'react';
import { mediationMenu } from '@fazhi/core/modules';
import type { ModuleRoutes } from '../../shell/routes';
import { consolePages } from '../../shell/routes';

export const mediationRoutes: ModuleRoutes = {
  module: 'mediation',
  routes: consolePages(mediationMenu, [
    { menuKey: 'mediation-disputes', title: '矛盾纠纷调解', component: lazy(() => import('./DisputesPage')) },
    { menuKey: 'mediation-disputes', under: ':id', title: '调解纠纷', component: lazy(() => import('./DisputePage')) },
    { menuKey: 'mediation-committees', title: '人民调解组织', component: lazy(() => import('./CommitteesPage')) },
    { menuKey: 'mediation-statistics', title: '调解统计', component: lazy(() => import('./StatisticsPage')) },
  ]),
};
