// 行政复议: the office's console pages (the cases and one case with its acts) and the portal's pages (the guide with
// the online application, the tracking with the 补正, the published decisions), each lazily loaded.
import { lazy } from 'react';
import { reconsiderationMenu, reconsiderationPortal } from '@fazhi/core/modules';
import { consolePages, portalPages, type ModuleRoutes } from '../../shell/routes';

export const reconsiderationRoutes: ModuleRoutes = {
  module: 'reconsideration',
  routes: consolePages(reconsiderationMenu, [
    {
      menuKey: 'reconsideration-cases',
      title: '行政复议案件',
      component: lazy(() => import('./cases/CaseListPage')),
    },
    {
      menuKey: 'reconsideration-cases',
      under: 'new',
      title: '登记行政复议申请',
      component: lazy(() => import('./cases/RegisterPage')),
    },
    {
      menuKey: 'reconsideration-cases',
      under: ':id',
      title: '行政复议案件',
      component: lazy(() => import('./cases/CaseDetailPage')),
    },
    {
      menuKey: 'reconsideration-statistics',
      title: '行政复议统计',
      component: lazy(() => import('./StatisticsPage')),
    },
  ]),
  portal: portalPages(reconsiderationPortal, [
    { entry: 'reconsideration', title: '行政复议申请', component: lazy(() => import('./portal/ApplicationPage')) },
    {
      entry: 'reconsideration',
      under: 'track',
      title: '行政复议申请办理进度查询',
      component: lazy(() => import('./portal/TrackPage')),
    },
    {
      entry: 'reconsideration-decisions',
      title: '行政复议决定书公开',
      component: lazy(() => import('./portal/DecisionListPage')),
    },
    {
      entry: 'reconsideration-decisions',
      under: ':id',
      title: '行政复议决定书',
      component: lazy(() => import('./portal/DecisionPage')),
    },
  ]),
};
