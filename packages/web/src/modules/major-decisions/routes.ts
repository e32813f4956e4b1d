// 重大行政决策: the console's decision catalogue, decision records and expert pool pages and the portal's catalogue page (lazy chunks).
import { lazy } from 'react';
import { decisionsMenu, decisionsPortal } from '@fazhi/core/modules';
import type { ModuleRoutes } from '../../shell/routes';
import { consolePages, portalPages } from '../../shell/routes';

export const majorDecisionsRoutes: ModuleRoutes = {
  module: 'major-decisions',
  routes: consolePages(decisionsMenu, [
    {
      menuKey: 'decision-catalogues',
      title: '决策事项目录',
      component: lazy(() => import('./CatalogueListPage')),
    },
    {
      menuKey: 'decision-catalogues',
      under: ':id',
      title: '决策事项目录',
      component: lazy(() => import('./CatalogueDetailPage')),
    },
    {
      menuKey: 'decision-records',
      title: '重大行政决策',
      component: lazy(() => import('./records/DecisionListPage')),
    },
    {
      menuKey: 'decision-records',
      under: ':id',
      title: '重大行政决策',
      component: lazy(() => import('./records/DecisionDetailPage')),
    },
    {
      menuKey: 'decision-experts',
      title: '决策咨询论证专家库',
      component: lazy(() => import('./ExpertPoolPage')),
    },
    {
      menuKey: 'decision-statistics',
      title: '重大行政决策统计',
      component: lazy(() => import('./statistics/DecisionStatisticsPage')),
    },
  ]),
  portal: portalPages(decisionsPortal, [
    {
      entry: 'decision-catalogue',
      title: '重大行政决策事项目录',
      component: lazy(() => import('./portal/PortalCataloguePage')),
    },
    {
      entry: 'decisions',
      title: '重大行政决策公开',
      component: lazy(() => import('./portal/PortalDecisionListPage')),
    },
    {
      entry: 'decisions',
      under: ':id',
      title: '重大行政决策',
      component: lazy(() => import('./portal/PortalDecisionPage')),
    },
    {
      entry: 'decision-hearings',
      title: '重大行政决策听证会',
      component: lazy(() => import('./steps/PortalHearingsPage')),
    },
  ]),
};
