// 工作日历: the console menu (server manifest and web route table both read it).
import { defineMenu } from '../platform/menu';

export const calendarMenu = defineMenu({
  calendar: { label: '工作日历', page: 'calendar', action: 'calendar.read' },
});
