// The shared public consultation's pages (server platform/participation): the portal's 意见征集 — the drafts of
// every kind open for comment, one draft's page with its comment form — and the console's 公众意见处理 desk across
// kinds, and its 合法性审查 desk (the queue across kinds, one draft's package and review form). Declared in core
// (contracts/platform/participation-pages.ts); each page is a lazy chunk.
import { lazy } from 'react';
import { legalityReviewMenu, participationMenu, participationPortal } from '@fazhi/core/modules';
import { consolePages, portalPages, type ModuleRoutes } from '../shell/routes';

// the queue and one draft's package share a chunk (ReviewDesk.tsx)
const reviewDesk = lazy(() => import('./ReviewDesk'));

export const participationRoutes: ModuleRoutes = {
  module: 'participation',
  routes: [
    ...consolePages(participationMenu, [
      { menuKey: 'consultation-comments', title: '公众意见处理', component: lazy(() => import('./DeskPage')) },
    ]),
    ...consolePages(legalityReviewMenu, [
      { menuKey: 'legality-reviews', title: '合法性审查', component: reviewDesk },
      { menuKey: 'legality-reviews', under: ':kind/:id', title: '合法性审查材料', component: reviewDesk },
    ]),
    // the normative module's earlier address of its comment queue
    {
      path: 'normative-comments',
      title: '公众意见处理',
      menuKey: 'consultation-comments',
      component: lazy(() => import('./DeskRedirect')),
    },
  ],
  portal: portalPages(participationPortal, [
    { entry: 'consultations', title: '意见征集', component: lazy(() => import('./ConsultationsPage')) },
    {
      entry: 'consultations',
      under: ':kind/:id',
      title: '征求意见稿',
      component: lazy(() => import('./ConsultationPage')),
    },
  ]),
};
