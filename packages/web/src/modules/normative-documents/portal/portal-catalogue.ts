// 现行有效的行政规范性文件统一公开查询 on the portal: the catalogue and one document's page (lazy chunks).
import { lazy } from 'react';
import { normativePortal } from '@fazhi/core/modules';
import { portalPages } from '../../../shell/routes';

export const cataloguePages = portalPages(normativePortal, [
  {
    entry: 'normative-documents',
    title: '规范性文件',
    component: lazy(() => import('./CatalogueListPage')),
  },
  {
    entry: 'normative-documents',
    under: ':id',
    title: '规范性文件',
    component: lazy(() => import('./CatalogueDocumentPage')),
  },
]);
