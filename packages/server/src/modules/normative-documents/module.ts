// 行政规范性文件 (normative documents): drafting, consultation, legality review, deliberation, registration and
// numbering, filing, post-evaluation, cleanup and review requests.
import { recordReaders, type Role } from '@fazhi/core/access';
import { isRecordId, type ModuleManifest } from '../../platform/modules/manifest';
import { participationAuditEvents } from '../../platform/participation/subjects';
import { normativeRoutes } from './routes';
import { publicNormativeRoutes } from './filing/routes-public';
import { publicParticipationRoutes } from './drafting/routes-public-participation';
import { normativeDeskRoutes } from './registration/routes-desk';
import { statisticsRoutes } from './statistics/routes-statistics';
import { documentFileRoutes } from './routes-documents';
import { catalogueRoutes } from './catalogue/routes-catalogue';
import { publicSearchHits } from './catalogue/queries/public-catalogue';
import { backfillSearchVectors } from './catalogue/search-index';
import { foldAllNormativeStatistics } from './statistics/queries/statistic-facts';
import { createPostEvaluationTasks } from './post-evaluation/jobs/create-post-evaluation-tasks';
import { expireDocuments } from './catalogue/jobs/expire-documents';
import { seedNormativeDemo } from './demo/seed-demo';
import { normativeEventHandlers } from './events';
import { normativeAuditActions, normativeEvents, normativeNotificationKinds } from './catalogue';
import { normativeSettings } from './settings';
import { CAMPAIGN_SUBJECT, REQUEST_SUBJECT, SUBJECT } from './support';
import './tables';
import {
  menuItems,
  normativeMenu,
  normativePortal,
  portalItems,
  normativePortalDescriptions,
} from '@fazhi/core/modules';
import { normativeFieldLabels } from './field-labels';
import { normativeDraftLent } from './drafting/lend';

// 起草单位: its legal officer (部门法制工作人员) and its head.
const draftingUnit: readonly Role[] = ['legal_officer', 'unit_head'];
// who reads a procedure's records: one list in core access, shared with every procedure module
const readers = recordReaders;

export const normativeDocumentsModule: ModuleManifest = {
  id: 'normative-documents',
  name: '行政规范性文件',
  migrationsDir: new URL('./migrations', import.meta.url).pathname,
  actions: {
    'normative.read': { label: '查看行政规范性文件', roles: readers },
    'normative.draft': { label: '起草、征求意见、审议记录', roles: draftingUnit },
    'normative.publish': { label: '登记、编号、发布', roles: draftingUnit },
    'normative.file': { label: '报送备案、报告纠正', roles: draftingUnit },
    'normative.evaluate': { label: '后评估', roles: draftingUnit },
    'normative.legality-review': { label: '合法性审核', roles: ['justice_reviewer'] },
    'normative.filing-review': { label: '备案审查', roles: ['justice_reviewer'] },
    'normative.cleanup.manage': { label: '组织清理', roles: ['justice_reviewer'] },
    'normative.cleanup.decide': { label: '作出清理意见', roles: [...draftingUnit, 'justice_reviewer'] },
    'normative.review-request.handle': { label: '办理建议审查', roles: ['justice_reviewer'] },
    'normative.review-request.read': {
      label: '查看建议审查',
      roles: ['justice_reviewer', 'government_leader', 'supervisor', 'system_admin'],
    },
    'normative.settings.manage': { label: '设置发文机关代字、检索同义词', roles: ['system_admin'] },
  },
  fieldLabels: normativeFieldLabels,
  auditEvents: { ...normativeAuditActions, ...participationAuditEvents(SUBJECT) },
  notificationKinds: normativeNotificationKinds,
  events: normativeEvents,
  settings: normativeSettings,
  routes: async (app, services) => {
    await normativeRoutes(app, services);
    await publicNormativeRoutes(app, services);
    await publicParticipationRoutes(app, services);
    await normativeDeskRoutes(app, services);
    await statisticsRoutes(app, services);
    await documentFileRoutes(app, services);
    await catalogueRoutes(app, services);
  },
  jobs: [
    // 后评估: daily, create the task for every document within the lead period before expiry (rule
    // normative.post-evaluation, 6 months by default; seed 002 task 9).
    {
      name: 'normative.create-post-evaluation-tasks',
      cron: '15 1 * * *',
      run: async (s) => void (await createPostEvaluationTasks(s)),
    },
    // 有效期届满: a document past its expiry is no longer in force.
    { name: 'normative.expire-documents', cron: '5 0 * * *', run: async (s) => void (await expireDocuments(s)) },
  ],
  eventHandlers: normativeEventHandlers,
  // the workbench lists a deadline to those who may read its record at the responsible unit
  subjectTypes: {
    [SUBJECT]: {
      label: '行政规范性文件',
      readAction: 'normative.read',
      nameOf: async (db, id) =>
        isRecordId(id)
          ? ((await db.selectFrom('normative_documents').select('title').where('id', '=', id).executeTakeFirst())
              ?.title ?? null)
          : null,
    },
    [REQUEST_SUBJECT]: {
      label: '规范性文件审查建议',
      readAction: 'normative.review-request.handle',
      nameOf: async (db, id) =>
        isRecordId(id)
          ? ((
              await db
                .selectFrom('normative_review_requests')
                .select(['tracking_number', 'document_title'])
                .where('id', '=', id)
                .executeTakeFirst()
            )?.document_title ?? null)
          : null,
    },
    // the next periodic cleanup falls to whoever organises cleanups
    [CAMPAIGN_SUBJECT]: { label: '规范性文件清理', readAction: 'normative.cleanup.manage' },
  },
  // the draft's public consultation and legality review run on the shared mechanism (platform/participation)
  lends: { [SUBJECT]: normativeDraftLent },
  menu: menuItems(normativeMenu),
  portal: portalItems(normativePortal, normativePortalDescriptions),
  seedDemo: seedNormativeDemo,
  publicSearch: publicSearchHits,
  // rows written before full-text search existed get their search vector (a migration cannot run jieba)
  bootstrap: async (db) => {
    await backfillSearchVectors(db);
    await foldAllNormativeStatistics(db);
  },
};
