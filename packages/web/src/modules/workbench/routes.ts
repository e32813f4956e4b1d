import { lazy } from 'react';
import { workbenchMenu } from '@fazhi/core/modules';
import { consolePages, type ModuleRoutes } from '../../shell/routes';

export const workbenchRoutes: ModuleRoutes = {
  module: 'workbench',
  routes: consolePages(workbenchMenu, [
    { menuKey: 'workbench', title: '工作台', component: lazy(() => import('./WorkbenchPage')) },
  ]),
};
