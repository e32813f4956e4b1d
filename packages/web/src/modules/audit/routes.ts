import { lazy } from 'react';
import type { ModuleRoutes } from '../../shell/routes';

export const auditRoutes: ModuleRoutes = {
  module: 'audit',
  routes: [{ path: 'audit', title: '审计日志', menuKey: 'audit', component: lazy(() => import('./AuditPage')) }],
};
