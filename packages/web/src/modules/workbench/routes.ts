import { lazy } from 'react';
import { workbenchMenu } from '@fazhi/core/modules';
import { consolePages, type ModuleRoutes } from '../../shell/routes';
import { endpoints } from './endpoints';

export const workbenchRoutes: ModuleRoutes = {
  module: 'workbench',
  routes: consolePages(workbenchMenu, [
    { menuKey: 'workbench', title: '工作台', component: lazy(() => import('./WorkbenchPage')) },
  ]),
  endpoints,
};
