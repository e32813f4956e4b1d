// 重大行政决策 (major administrative decisions, 《重大行政决策程序暂行条例》): so far the year's decision catalogue
// (决策事项目录) — drafted by the decision body's office, consented to by the same-level Party committee, published
// on the portal and adjusted with every version kept — and the region's expert pool with its recorded draws.
import { recordReaders } from '@fazhi/core/access';
import { decisionsMenu, decisionsPortal, menuItems, portalItems } from '@fazhi/core/modules';
import type { ModuleManifest } from '../../platform/modules/manifest';
import { catalogueRoutes } from './catalogue/routes';
import { expertRoutes } from './experts/routes';
import { decisionAuditActions } from './catalogue';
import { decisionSettings } from './settings';
import { seedDecisionsDemo } from './demo/seed-demo';
import './tables';

export const majorDecisionsModule: ModuleManifest = {
  id: 'major-decisions',
  name: '重大行政决策',
  migrationsDir: new URL('./migrations', import.meta.url).pathname,
  actions: {
    'decision.read': { label: '查看重大行政决策', roles: recordReaders },
    // the decision body's office (政府办公室) drafts, records the committee's consent, publishes and adjusts
    'decision.catalogue.manage': { label: '编制、公布、调整决策事项目录', roles: ['legal_officer', 'unit_head'] },
    // 第二十一条: the region's expert pool, kept by the justice bureau, which draws the experts for a decision
    'decision.experts.manage': { label: '管理决策咨询论证专家库、抽取专家', roles: ['justice_reviewer'] },
  },
  auditEvents: decisionAuditActions,
  settings: decisionSettings,
  routes: async (app, services) => {
    await catalogueRoutes(app, services);
    await expertRoutes(app, services);
  },
  menu: menuItems(decisionsMenu),
  portal: portalItems(decisionsPortal),
  seedDemo: seedDecisionsDemo,
};
