// 重大行政决策 (major administrative decisions, 《重大行政决策程序暂行条例》): the year's decision catalogue
// (决策事项目录) — drafted by the decision body's office, consented to by the same-level Party committee, published
// on the portal and adjusted with every version kept —, the region's expert pool with its recorded draws, and one
// record per decision from the proposal through the drafting, the public consultation and the legality review, the
// last two lent to the shared participation mechanism (platform/participation).
import { recordReaders } from '@fazhi/core/access';
import {
  decisionsMenu,
  decisionsPortal,
  menuItems,
  portalItems,
  decisionsPortalDescriptions,
} from '@fazhi/core/modules';
import { isRecordId, type ModuleManifest } from '../../platform/modules/manifest';
import { catalogueRoutes } from './catalogue/routes';
import { expertRoutes } from './experts/routes';
import { CATALOGUE_SUBJECT, DRAW_SUBJECT, EXPERT_SUBJECT, decisionAuditActions } from './catalogue';
import { decisionSettings } from './settings';
import { decisionRecordRoutes } from './records/routes';
import { decisionPortalRoutes } from './portal/routes';
import { decisionStatisticsRoutes } from './statistics/routes';
import { decisionPaperRoutes } from './papers/routes';
import { DECISION_SUBJECT, decisionAuditActions as recordAuditActions, loadDecisionDraft } from './records/workflow';
import { decisionLink } from './records/links';
import { decisionReviewChecklist } from '@fazhi/core/major-decisions';
import { participationAuditEvents } from '../../platform/participation/subjects';
import { justiceBureauFor } from '../../platform/participation/support';
import { seedDecisionsDemo } from './demo/seed-demo';
import './tables';
import { decisionFieldLabels } from './field-labels';
import { decisionAfterRoutes } from './execution/routes';
import { decisionArchiveRoutes } from './archive/routes';
import { decisionAfterAuditActions } from './execution/workflow';
import { decisionAfterFieldLabels } from './execution/field-labels';

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
    // 第十条、第十一条: the body's office records proposals and the body's decision to start, naming the 承办单位
    'decision.start': { label: '记录决策建议和启动决定', roles: ['legal_officer', 'unit_head'] },
    // 第十二条至第十五条、第二十六条: the 承办单位 drafts, consults the public and sends the draft for review
    'decision.draft': { label: '拟订决策草案、公开征求意见、送请合法性审查', roles: ['legal_officer', 'unit_head'] },
    // 第二十五条至第二十八条: the justice bureau (the government's legal office) reviews the draft
    'decision.legality-review': { label: '重大行政决策合法性审查', roles: ['justice_reviewer'] },
    // 第三十条至第三十二条 and the filing: the body's office and leaders record the meeting, the report to the
    // Party committee, the publication and the filing one level up
    'decision.decide': {
      label: '记录集体讨论决定、党委请示报告、决策公布和备案',
      roles: ['legal_officer', 'unit_head', 'government_leader'],
    },
    // 第三十四条、第三十五条: the implementing unit's staff report the decision's progress and the problems found
    'decision.execute': { label: '报告重大行政决策执行情况', roles: ['legal_officer', 'unit_head'] },
  },
  fieldLabels: { ...decisionFieldLabels, ...decisionAfterFieldLabels },
  auditEvents: {
    ...decisionAuditActions,
    ...recordAuditActions,
    ...decisionAfterAuditActions,
    ...participationAuditEvents(DECISION_SUBJECT),
  },
  settings: decisionSettings,
  // 第三十五条: an implementing unit's report of a problem reaches the decision body at once
  notificationKinds: { 'decision.problem_reported': '重大行政决策执行中发现问题' },
  routes: async (app, services) => {
    await catalogueRoutes(app, services);
    await expertRoutes(app, services);
    await decisionRecordRoutes(app, services);
    await decisionAfterRoutes(app, services);
    await decisionArchiveRoutes(app, services);
    await decisionPortalRoutes(app, services);
    await decisionStatisticsRoutes(app, services);
    await decisionPaperRoutes(app, services);
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
    [DECISION_SUBJECT]: {
      label: '重大行政决策',
      readAction: 'decision.read',
      nameOf: async (db, id) => (await loadDecisionDraft(db, id))?.title ?? null,
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
  lends: {
    [DECISION_SUBJECT]: {
      load: loadDecisionDraft,
      consoleLink: decisionLink,
      consultation: {
        periodRule: 'decision.public-comment', // 第十五条: 一般不少于30日
        conductAction: 'decision.draft',
        commentLimits: async (db, region) => ({
          maxLength: await decisionSettings.read(db, region, 'decision.comment.max-length'),
          perHour: await decisionSettings.read(db, region, 'decision.comment.rate-limit-per-hour'),
        }),
      },
      legalityReview: {
        floorRule: 'decision.legality-review', // 第二十六条第二款: 一般不少于7个工作日; no ceiling
        checklist: decisionReviewChecklist, // 第二十八条
        counselRequired: true, // 第二十七条
        submitAction: 'decision.draft',
        reviewAction: 'decision.legality-review',
        reviewerOrg: justiceBureauFor,
        recordPath: (id) => `/decisions/${id}/legality-review/result`,
      },
    },
  },
  menu: menuItems(decisionsMenu),
  portal: portalItems(decisionsPortal, decisionsPortalDescriptions),
  seedDemo: seedDecisionsDemo,
};
