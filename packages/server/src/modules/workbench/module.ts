// 工作台: the signed-in user's to-do list: the open statutory deadlines of the units in their scope.
import type { ModuleManifest } from '../../platform/modules/manifest';
import { workbenchRoutes } from './routes';
import { menuItems, workbenchMenu } from '@fazhi/core/modules';

export const workbenchModule: ModuleManifest = {
  id: 'workbench',
  name: '工作台',
  actions: {
    // The people who handle or oversee records; the three separated administrator duties administer the system
    // and do not get the units' to-do lists (等保2.0 三级 separation of duties).
    'workbench.read': {
      label: '查看工作台待办期限',
      roles: [
        'justice_reviewer',
        'legal_officer',
        'enforcement_officer',
        'unit_head',
        'government_leader',
        'supervisor',
      ],
    },
  },
  auditEvents: {},
  // Written by the platform deadline service (recomputation after a calendar change, and the warning sweep).
  notificationKinds: { 'deadline.moved': '期限因日历调整而变化', 'deadline.warning': '期限预警' },
  routes: workbenchRoutes,
  menu: menuItems(workbenchMenu),
};
