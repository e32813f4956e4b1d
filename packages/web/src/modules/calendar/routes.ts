import { lazy } from 'react';
import { calendarMenu } from '@fazhi/core/modules';
import { consolePages, type ModuleRoutes } from '../../shell/routes';

export const calendarRoutes: ModuleRoutes = {
  module: 'calendar',
  routes: consolePages(calendarMenu, [
    { menuKey: 'calendar', title: '工作日历', component: lazy(() => import('./CalendarPage')) },
  ]),
};
