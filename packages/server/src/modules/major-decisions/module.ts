// 重大行政决策 (major administrative decisions, 《重大行政决策程序暂行条例》): so far the year's decision catalogue
// (决策事项目录) — drafted by the decision body's office, consented to by the same-level Party committee, published
// on the portal and adjusted with every version kept — and the region's expert pool with its recorded draws.
import { recordReaders } from '@fazhi/core/access';
import { decisionsMenu, decisionsPortal, menuItems, portalItems } from '@fazhi/core/modules';
import { isRecordId, type ModuleManifest } from '../../platform/modules/manifest';
import { catalogueRoutes } from './catalogue/routes';
import { expertRoutes } from './experts/routes';
import { CATALOGUE_SUBJECT, DRAW_SUBJECT, EXPERT_SUBJECT, decisionAuditActions } from './catalogue';
import { decisionSettings } from './settings';
import { seedDecisionsDemo } from './demo/seed-demo';
import './tables';
import { decisionFieldLabels } from './field-labels';

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
  fieldLabels: decisionFieldLabels,
  auditEvents: decisionAuditActions,
  settings: decisionSettings,
  routes: async (app, services) => {
    await catalogueRoutes(app, services);
    await expertRoutes(app, services);
  },
  // the kinds of record its audit events name, with the name the audit log shows instead of the identifier
  subjectTypes: {
    [CATALOGUE_SUBJECT]: {
      label: '重大行政决策事项目录',
      readAction: 'decision.read',
      nameOf: async (db, id) => {
        if (!isRecordId(id)) return null;
        const c = await db
          .selectFrom('decision_catalogues as c')
          .innerJoin('orgs as o', 'o.id', 'c.body_org_id')
          .select(['o.name', 'c.year', 'c.version_no'])
          .where('c.id', '=', id)
          .executeTakeFirst();
        return c ? `${c.name}${c.year}年决策事项目录（第${c.version_no}版）` : null;
      },
    },
    [EXPERT_SUBJECT]: {
      label: '决策咨询论证专家',
      readAction: 'decision.read',
      nameOf: async (db, id) =>
        isRecordId(id)
          ? ((await db.selectFrom('decision_experts').select('name').where('id', '=', id).executeTakeFirst())?.name ??
            null)
          : null,
    },
    [DRAW_SUBJECT]: {
      label: '论证专家抽取',
      readAction: 'decision.read',
      nameOf: async (db, id) =>
        isRecordId(id)
          ? ((await db.selectFrom('decision_expert_draws').select('matter').where('id', '=', id).executeTakeFirst())
              ?.matter ?? null)
          : null,
    },
  },
  menu: menuItems(decisionsMenu),
  portal: portalItems(decisionsPortal),
  seedDemo: seedDecisionsDemo,
};
