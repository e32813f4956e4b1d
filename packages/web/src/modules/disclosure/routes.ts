// 政府信息公开: the body's console pages (the requests, registering one, one request with its acts) and the portal's
// pages (the guide with the application form, the tracking with the 补正), each lazily loaded.
import { lazy } from 'react';
import { disclosureMenu, disclosurePortal } from '@fazhi/core/modules';
import { consolePages, portalPages, type ModuleRoutes } from '../../shell/routes';

export const disclosureRoutes: ModuleRoutes = {
  module: 'disclosure',
  routes: consolePages(disclosureMenu, [
    {
      menuKey: 'disclosure-requests',
      title: '政府信息公开申请',
      component: lazy(() => import('./requests/RequestListPage')),
    },
    {
      menuKey: 'disclosure-requests',
      under: 'new',
      title: '登记政府信息公开申请',
      component: lazy(() => import('./requests/RegisterPage')),
    },
    {
      menuKey: 'disclosure-requests',
      under: ':id',
      title: '政府信息公开申请',
      component: lazy(() => import('./requests/RequestDetailPage')),
    },
  ]),
  portal: portalPages(disclosurePortal, [
    { entry: 'disclosure', title: '政府信息公开申请', component: lazy(() => import('./portal/RequestPage')) },
    {
      entry: 'disclosure',
      under: 'track',
      title: '政府信息公开申请办理进度查询',
      component: lazy(() => import('./portal/TrackPage')),
    },
  ]),
};
