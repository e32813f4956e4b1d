// 行政裁量权基准: the console's benchmarks (list, one version with the penalty suggestion, the form that drafts,
// changes and revises) and statistics, and the portal's benchmarks and lenient lists (lazy chunks).
import { lazy } from 'react';
import { discretionMenu, discretionPortal } from '@fazhi/core/modules';
import type { ModuleRoutes } from '../../shell/routes';
import { consolePages, portalPages } from '../../shell/routes';

const form = lazy(() => import('./BenchmarkFormPage'));

export const discretionRoutes: ModuleRoutes = {
  module: 'discretion',
  routes: consolePages(discretionMenu, [
    { menuKey: 'discretion-benchmarks', title: '行政裁量权基准', component: lazy(() => import('./BenchmarkListPage')) },
    { menuKey: 'discretion-benchmarks', under: 'new', title: '起草裁量基准', component: form },
    {
      menuKey: 'discretion-benchmarks',
      under: ':id',
      title: '行政裁量权基准',
      component: lazy(() => import('./BenchmarkDetailPage')),
    },
    { menuKey: 'discretion-benchmarks', under: ':id/edit', title: '修改裁量基准草稿', component: form },
    {
      menuKey: 'discretion-statistics',
      title: '裁量基准统计',
      component: lazy(() => import('./DiscretionStatisticsPage')),
    },
  ]),
  portal: portalPages(discretionPortal, [
    {
      entry: 'discretion-benchmarks',
      title: '行政处罚裁量基准',
      component: lazy(() => import('./portal/PortalBenchmarksPage')),
    },
    {
      entry: 'discretion-benchmarks',
      under: ':id',
      title: '行政处罚裁量基准',
      component: lazy(() => import('./portal/PortalBenchmarkPage')),
    },
    {
      entry: 'lenient-lists',
      title: '不予处罚和从轻减轻处罚清单',
      component: lazy(() => import('./portal/PortalLenientListsPage')),
    },
  ]),
};
