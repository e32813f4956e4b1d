// 权责清单与事项清单 (issue 16 items 3 and 6 without the 告知承诺制): a region's 权责清单 and the 行政许可、涉企经营许可、
// 行政备案、证明事项 and 公共服务事项 lists, one design (core power-lists/kinds.ts declares what differs); versions made
// by adjustments with reason, approval and effective date; the comparison of any two versions; the Excel import of
// a whole list, streamed; the portal's search of the version in force.
import { recordReaders } from '@fazhi/core/access';
import {
  menuItems,
  portalItems,
  powerListsMenu,
  powerListsPortal,
  powerListsPortalDescriptions,
} from '@fazhi/core/modules';
import type { ModuleManifest } from '../../platform/modules/manifest';
import { powerListRoutes } from './routes';
import { seedPowerListsDemo } from './demo/seed-demo';
import { powerListSettings } from './settings';
import { publicItemSearch } from './queries/public-search';

export const powerListsModule: ModuleManifest = {
  id: 'power-lists',
  name: '权责清单与事项清单',
  actions: {
    'power_list.read': { label: '查看权责清单与事项清单', roles: recordReaders },
    // a department's legal staff adjust its own items; the justice bureau any of the region's
    'power_list.adjust': { label: '调整清单事项', roles: ['legal_officer', 'justice_reviewer'] },
    'power_list.import': { label: '整体导入清单', roles: ['justice_reviewer'] },
  },
  settings: powerListSettings,
  fieldLabels: {
    listKind: '清单类型',
    itemKind: '事项类型',
    subItems: '子项',
    bases: '设定和实施依据',
    law: '法律法规名称',
    article: '条款',
    clause: '款项',
    itemCode: '事项编码',
    implementingOrgId: '实施主体',
    responsibilities: '责任事项',
    accountability: '追责情形',
    extra: '其他信息',
    approvedBy: '批准机关及文件',
    approvedOn: '批准日期',
    effectiveOn: '施行日期',
    itemCodes: '涉及的事项编码',
    fromVersion: '比较的早版本',
    toVersion: '比较的新版本',
    toOrgId: '承接单位',
    version: '版本号',
    items: '事项',
  },
  auditEvents: {
    'power_list.adjusted': '调整清单',
    'power_list.imported': '整体导入清单',
  },
  subjectTypes: { power_list_version: { label: '清单版本', readAction: 'power_list.read' } },
  routes: powerListRoutes,
  migrationsDir: new URL('./migrations', import.meta.url).pathname,
  menu: menuItems(powerListsMenu),
  portal: portalItems(powerListsPortal, powerListsPortalDescriptions),
  publicSearch: publicItemSearch,
  seedDemo: seedPowerListsDemo,
};
