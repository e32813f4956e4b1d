// Who may read and change the working calendar. Holiday arrangements are public notices, so every role reads every
// region's calendar. Changing it is the system administrator's: the national years only with a platform-wide
// assignment (the 国务院办公厅 notice binds every region), a region's local holidays with an assignment whose scope
// covers that region.
import { definePolicy } from '../../platform/access/policy';

/** The calendar a change applies to: a region's (local holidays) or the national one (regionPath ''). */
export interface CalendarRecord {
  regionPath: string;
  regionName: string;
}

/** The national calendar, which only a platform-wide assignment changes. */
export const nationalCalendar: CalendarRecord = { regionPath: '', regionName: '全国' };

/** A region is located by its path: only a region-wide (or platform) assignment can cover it. */
const atRegion = (r: CalendarRecord) => ({ orgId: '', orgPath: '', regionPath: r.regionPath });

export const calendarPolicy = definePolicy<
  CalendarRecord,
  'read' | 'manageNational' | 'addLocalHoliday' | 'removeLocalHoliday'
>(
  'calendar',
  {
    read: (p) => p.holds('calendar.read'),
    manageNational: (p) => p.holdsPlatformWide('calendar.manage'),
    addLocalHoliday: (p, r) => p.can('calendar.manage', atRegion(r)),
    removeLocalHoliday: (p, r) => p.can('calendar.manage', atRegion(r)),
  },
  {
    read: '查看工作日历',
    manageNational: '修改全国节假日安排（须为平台系统管理员）',
    addLocalHoliday: (r) => `为${r.regionName}设定地方节假日`,
    removeLocalHoliday: (r) => `删除${r.regionName}的地方节假日`,
  },
);
