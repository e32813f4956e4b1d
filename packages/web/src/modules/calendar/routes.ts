import { lazy } from 'react';
import type { ModuleRoutes } from '../../shell/routes';

export const calendarRoutes: ModuleRoutes = {
  module: 'calendar',
  routes: [
    { path: 'calendar', title: '工作日历', menuKey: 'calendar', component: lazy(() => import('./CalendarPage')) },
  ],
};
