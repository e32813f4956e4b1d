// 行政应诉: the console's suits (list, registration, one suit with its acts), the recommendations and the statistics
// with the monthly notice, each lazily loaded.
import { lazy } from 'react';
import { litigationMenu } from '@fazhi/core/modules';
import { consolePages, type ModuleRoutes } from '../../shell/routes';

export const litigationRoutes: ModuleRoutes = {
  module: 'litigation',
  routes: consolePages(litigationMenu, [
    { menuKey: 'litigation-suits', title: '行政应诉案件', component: lazy(() => import('./SuitsPage')) },
    {
      menuKey: 'litigation-suits',
      under: 'new',
      title: '登记行政诉讼案件',
      component: lazy(() => import('./RegisterSuitPage')),
    },
    {
      menuKey: 'litigation-suits',
      under: ':id',
      title: '行政诉讼案件',
      component: lazy(() => import('./SuitPage')),
    },
    {
      menuKey: 'litigation-recommendations',
      title: '司法建议和检察建议',
      component: lazy(() => import('./RecommendationsPage')),
    },
    {
      menuKey: 'litigation-statistics',
      title: '行政应诉统计和月通报',
      component: lazy(() => import('./StatisticsPage')),
    },
  ]),
};
