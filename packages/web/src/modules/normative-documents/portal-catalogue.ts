// 现行有效的行政规范性文件统一公开查询 on the portal: the catalogue and one document's page (lazy chunks).
import { lazy } from 'react';
import type { PortalRoute } from '../../shell/routes';

export const cataloguePages: readonly PortalRoute[] = [
  {
    path: 'normative-documents',
    title: '规范性文件',
    component: lazy(() => import('./CatalogueListPage')),
  },
  {
    path: 'normative-documents/:id',
    title: '规范性文件',
    component: lazy(() => import('./CatalogueDocumentPage')),
  },
];
