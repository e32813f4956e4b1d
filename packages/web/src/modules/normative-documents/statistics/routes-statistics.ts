import { lazy } from 'react';
import { normativeMenu } from '@fazhi/core/modules';
import { consolePages } from '../../../shell/routes';

export const statisticsPages = consolePages(normativeMenu, [
  {
    menuKey: 'normative-statistics',
    title: '规范性文件统计',
    component: lazy(() => import('./StatisticsPage')),
  },
]);
