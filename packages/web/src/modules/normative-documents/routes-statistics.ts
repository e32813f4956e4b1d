import { lazy } from 'react';
import type { ConsoleRoute } from '../../shell/routes';

export const statisticsPages: readonly ConsoleRoute[] = [
  {
    path: 'normative-statistics',
    title: '规范性文件统计',
    menuKey: 'normative-statistics',
    component: lazy(() => import('./StatisticsPage')),
  },
];
