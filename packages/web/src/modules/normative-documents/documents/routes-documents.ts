import { lazy } from 'react';
import { normativeMenu } from '@fazhi/core/modules';
import { consolePages } from '../../../shell/routes';

// The document pages: the list with its filters and search, the drafting form, and one document with every act.
export const documentPages = consolePages(normativeMenu, [
  {
    menuKey: 'normative-documents',
    title: '行政规范性文件',
    component: lazy(() => import('./NormativeListPage')),
  },
  {
    menuKey: 'normative-documents',
    under: 'new',
    title: '起草规范性文件',
    component: lazy(() => import('./NormativeDraftPage')),
  },
  {
    menuKey: 'normative-documents',
    under: ':id/print',
    title: '公文版式打印',
    component: lazy(() => import('./NormativePrintPage')),
  },
  {
    menuKey: 'normative-documents',
    under: ':id',
    title: '规范性文件详情',
    component: lazy(() => import('./NormativeDetailPage')),
  },
]);
