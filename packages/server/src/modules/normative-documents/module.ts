// 行政规范性文件 (normative documents): drafting, consultation, legality review, deliberation, registration and
// numbering, filing, post-evaluation, cleanup and review requests.
import type { Role } from '@fazhi/core/access';
import { isRecordId, type ModuleManifest } from '../../platform/modules/manifest';
import { normativeRoutes } from './routes';
import { publicNormativeRoutes } from './routes-public';
import { publicParticipationRoutes } from './routes-public-participation';
import { normativeDeskRoutes } from './routes-desk';
import { statisticsRoutes } from './routes-statistics';
import { documentFileRoutes } from './routes-documents';
import { catalogueRoutes } from './routes-catalogue';
import { publicSearchHits } from './queries/public-catalogue';
import { backfillSearchVectors } from './search-index';
import { createPostEvaluationTasks } from './jobs/create-post-evaluation-tasks';
import { expireDocuments } from './jobs/expire-documents';
import { seedNormativeDemo } from './seed-demo';
import { normativeEventHandlers } from './events';
import { CAMPAIGN_SUBJECT, REQUEST_SUBJECT, SUBJECT } from './support';
import './tables';

// 起草单位: its legal officer (部门法制工作人员) and its head.
const draftingUnit: readonly Role[] = ['legal_officer', 'unit_head'];
const readers: readonly Role[] = [
  'legal_officer',
  'unit_head',
  'justice_reviewer',
  'government_leader',
  'supervisor',
  'system_admin',
];

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
  auditEvents: {
    'normative_document.drafted': '起草规范性文件',
    'normative_document.imported': '导入存量规范性文件',
    'normative_document.draft_revised': '修改规范性文件草案',
    'normative_document.consultation_opened': '公开征求意见',
    'normative_document.consultation_closed': '结束征求意见',
    'normative_document.consultation_exempted': '免于公开征求意见',
    'normative_document.comment_submitted': '公众提交意见',
    'normative_document.comment_moderated': '审核公众意见',
    'normative_document.comment_answered': '答复公众意见',
    'normative_document.fair_competition_reviewed': '公平竞争审查',
    'normative_document.submitted_for_legality_review': '报送合法性审核',
    'normative_document.legality_reviewed': '合法性审核',
    'normative_document.revised_after_review': '按合法性审核意见修改草案',
    'normative_document.deliberated': '集体审议',
    'normative_document.published': '统一登记、编号、发布',
    'normative_document.interpretation_published': '发布政策解读',
    'normative_document.filing_submitted': '报送备案',
    'normative_document.filing_forwarded': '报上级政府和人大常委会备案',
    'normative_document.filing_reviewed': '备案审查',
    'normative_document.correction_ordered': '备案审查通知自行纠正',
    'normative_document.correction_reported': '报告纠正情况',
    'normative_document.correction_confirmed': '确认纠正',
    'normative_document.correction_rejected': '纠正不到位退回',
    'normative_document.post_evaluation_created': '生成后评估任务',
    'normative_document.post_evaluation_started': '开展后评估',
    'normative_document.post_evaluation_concluded': '后评估结论',
    'normative_document.expired': '有效期届满失效',
    'normative_document.replaced': '被新文件替代',
    'normative_document.cleanup_decided': '清理意见',
    'normative_document.cleanup_applied': '清理结果生效',
    'normative_cleanup.opened': '启动规范性文件清理',
    'normative_cleanup.published': '公布清理结果',
    'normative_review_request.submitted': '提出建议审查',
    'normative_review_request.accepted': '受理建议审查',
    'normative_review_request.declined': '不予受理建议审查',
    'normative_review_request.answered': '答复建议审查',
    'normative_issuer.prefix_set': '设置发文机关代字',
    'normative_search.synonyms_set': '设置检索同义词',
  },
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
  menu: [
    {
      key: 'normative-documents',
      label: '行政规范性文件',
      path: '/console/normative-documents',
      action: 'normative.read',
    },
    {
      key: 'normative-review-requests',
      label: '规范性文件建议审查',
      path: '/console/normative-review-requests',
      action: 'normative.review-request.read',
    },
    {
      key: 'normative-comments',
      label: '公众意见处理',
      path: '/console/normative-comments',
      action: 'normative.draft',
    },
    {
      key: 'normative-cleanups',
      label: '规范性文件清理',
      path: '/console/normative-cleanups',
      action: 'normative.cleanup.decide',
    },
    {
      key: 'normative-issuers',
      label: '发文机关代字与检索同义词',
      path: '/console/normative-issuers',
      action: 'normative.settings.manage',
    },
    {
      key: 'normative-statistics',
      label: '规范性文件统计',
      path: '/console/normative-statistics',
      action: 'normative.read',
    },
  ],
  portal: [
    // 统一公开查询: the portal's catalogue page and its search box
    {
      key: 'normative-documents',
      title: '规范性文件',
      description: '现行有效的行政规范性文件统一公开查询：按关键词、文号、制定机关、年份检索，查看正文和效力状态。',
      path: '/normative-documents',
    },
    {
      key: 'normative-consultations',
      title: '意见征集',
      path: '/normative-consultations',
      description: '查看正在公开征求意见的规范性文件草案，逐条提出您的意见和建议，无需登录。',
    },
    {
      key: 'normative-review-requests',
      title: '建议审查',
      path: '/normative-review-requests',
      description: '认为规范性文件违法的，可以在线提出审查建议，并凭查询编号查询办理进度和答复。',
    },
  ],
  seedDemo: seedNormativeDemo,
  publicSearch: publicSearchHits,
  // rows written before full-text search existed get their search vector (a migration cannot run jieba)
  bootstrap: async (db) => void (await backfillSearchVectors(db)),
};
