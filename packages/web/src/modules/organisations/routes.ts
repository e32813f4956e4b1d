import { lazy } from 'react';
import { organisationsMenu } from '@fazhi/core/modules';
import { consolePages, type ModuleRoutes } from '../../shell/routes';

export const organisationsRoutes: ModuleRoutes = {
  module: 'organisations',
  routes: consolePages(organisationsMenu, [
    { menuKey: 'orgs', title: '单位管理', component: lazy(() => import('./OrgsPage')) },
    { menuKey: 'users', title: '用户管理', component: lazy(() => import('./UsersPage')) },
  ]),
};
