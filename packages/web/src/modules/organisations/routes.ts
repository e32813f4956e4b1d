import { lazy } from 'react';
import type { ModuleRoutes } from '../../shell/routes';

export const organisationsRoutes: ModuleRoutes = {
  module: 'organisations',
  routes: [
    { path: 'orgs', title: '单位管理', menuKey: 'orgs', component: lazy(() => import('./OrgsPage')) },
    { path: 'users', title: '用户管理', menuKey: 'users', component: lazy(() => import('./UsersPage')) },
  ],
};
