import { lazy } from 'react';
import { auditMenu } from '@fazhi/core/modules';
import { consolePages, type ModuleRoutes } from '../../shell/routes';

export const auditRoutes: ModuleRoutes = {
  module: 'audit',
  routes: consolePages(auditMenu, [
    { menuKey: 'audit', title: '审计日志', component: lazy(() => import('./AuditPage')) },
  ]),
};
