// 法律顾问与合法性审查: the console's matters sent for review (list and send, one matter with its rounds), the registry
// of advisers with their engagements, and the meetings' agendas (lazy chunks).
import { lazy } from 'react';
import { legalAdvisersMenu } from '@fazhi/core/modules';
import type { ModuleRoutes } from '../../shell/routes';
import { consolePages } from '../../shell/routes';

export const legalAdvisersRoutes: ModuleRoutes = {
  module: 'legal-advisers',
  routes: consolePages(legalAdvisersMenu, [
    {
      menuKey: 'legal-review-matters',
      title: '合同与议题合法性审查',
      component: lazy(() => import('./MattersPage')),
    },
    {
      menuKey: 'legal-review-matters',
      under: ':id',
      title: '送审事项',
      component: lazy(() => import('./MatterPage')),
    },
    { menuKey: 'legal-advisers', title: '法律顾问与公职律师', component: lazy(() => import('./AdvisersPage')) },
    { menuKey: 'legal-review-meetings', title: '常务会议议程', component: lazy(() => import('./MeetingsPage')) },
    {
      menuKey: 'legal-adviser-statistics',
      title: '法律顾问与合法性审查统计',
      component: lazy(() => import('./StatisticsPage')),
    },
  ]),
};
