// 工作日历: the national holiday notices and local holidays as data, their administration, the change log of moved
// deadlines, the daily warning sweep, and the public deadline calculator.
import { roles } from '@fazhi/core/access';
import type { ModuleManifest } from '../../platform/modules/manifest';
import { calendarRoutes } from './routes';
import { loadShippedCalendar } from './bootstrap';
import { sweepDeadlineWarningsJob } from './jobs/sweep-deadline-warnings';
import { calendarSettings } from './settings';
import { calendarMenu, menuItems } from '@fazhi/core/modules';

export const calendarModule: ModuleManifest = {
  id: 'calendar',
  name: '工作日历',
  actions: {
    'calendar.read': { label: '查看工作日历', roles },
    // National years additionally need a platform-wide assignment; local holidays one covering the region.
    'calendar.manage': { label: '维护工作日历（节假日安排和地方节假日）', roles: ['system_admin'] },
  },
  fieldLabels: {
    issuedOn: '印发日期',
    holidays: '放假安排',
    makeUpWorkdays: '调休上班日',
    extended: '是否延长',
    pause: '中止期间',
    region: '行政区划',
  },
  auditEvents: {
    'calendar.year_loaded': '载入年度节假日安排',
    'calendar.year_corrected': '更正年度节假日安排',
    'calendar.local_holiday_added': '新增地方节假日',
    'calendar.local_holiday_removed': '删除地方节假日',
    // Written by the platform deadline service when the calendar changes and by the sweep.
    'deadline.moved': '法定期限因日历变更调整',
    'deadline.warning_raised': '法定期限预警升级',
  },
  settings: calendarSettings,
  routes: calendarRoutes,
  migrationsDir: new URL('./migrations', import.meta.url).pathname,
  jobs: [sweepDeadlineWarningsJob],
  bootstrap: async (db, env) => {
    await loadShippedCalendar(db, env);
  },
  subjectTypes: { calendar: { label: '工作日历', readAction: 'calendar.read' } },
  menu: menuItems(calendarMenu),
};
