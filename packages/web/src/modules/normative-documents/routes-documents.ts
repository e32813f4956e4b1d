import { lazy } from 'react';
import type { ConsoleRoute } from '../../shell/routes';

// The document pages: the list with its filters and search, the drafting form, and one document with every act.
export const documentPages: readonly ConsoleRoute[] = [
  {
    path: 'normative-documents',
    title: '行政规范性文件',
    menuKey: 'normative-documents',
    component: lazy(() => import('./NormativeListPage')),
  },
  {
    path: 'normative-documents/new',
    title: '起草规范性文件',
    menuKey: 'normative-documents',
    component: lazy(() => import('./NormativeDraftPage')),
  },
  {
    path: 'normative-documents/:id/print',
    title: '公文版式打印',
    menuKey: 'normative-documents',
    component: lazy(() => import('./NormativePrintPage')),
  },
  {
    path: 'normative-documents/:id',
    title: '规范性文件详情',
    menuKey: 'normative-documents',
    component: lazy(() => import('./NormativeDetailPage')),
  },
];
