import { lazy } from 'react';
import type { ModuleRoutes } from '../../shell/routes';

export const workbenchRoutes: ModuleRoutes = {
  module: 'workbench',
  routes: [{ path: '', title: '工作台', menuKey: 'workbench', component: lazy(() => import('./WorkbenchPage')) }],
};
