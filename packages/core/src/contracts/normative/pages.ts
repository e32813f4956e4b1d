// 行政规范性文件: the console menu and the portal's public entries (the server's manifest and the web's route tables
// both read these), and the enumerations' Chinese labels the pages show, re-exported from the pure rule files
// without the legality pre-check (`@fazhi/core/normative-documents` also loads its native word segmenter, which
// must not reach the web bundle).
import { defineMenu, definePortal, definePortalDescriptions } from '../platform/menu';

export const normativeMenu = defineMenu({
  'normative-documents': { label: '行政规范性文件', page: 'normative-documents', action: 'normative.read' },
  'normative-review-requests': {
    label: '规范性文件建议审查',
    page: 'normative-review-requests',
    action: 'normative.review-request.read',
  },
  'normative-cleanups': { label: '规范性文件清理', page: 'normative-cleanups', action: 'normative.cleanup.decide' },
  'normative-issuers': {
    label: '发文机关代字与检索同义词',
    page: 'normative-issuers',
    action: 'normative.settings.manage',
  },
  'normative-statistics': { label: '规范性文件统计', page: 'normative-statistics', action: 'normative.read' },
});

export const normativePortal = definePortal({
  // 统一公开查询: the portal's catalogue page and its search box
  'normative-documents': {
    title: '规范性文件',
    page: 'normative-documents',
  },
  'normative-review-requests': {
    title: '建议审查',
    page: 'normative-review-requests',
  },
});

// the home page card's sentence of each entry: the server's portal answer carries it, so the web never bundles it
export const normativePortalDescriptions = definePortalDescriptions(normativePortal, {
  'normative-documents':
    '现行有效的行政规范性文件统一公开查询：按关键词、文号、制定机关、年份检索，查看正文和效力状态。',
  'normative-review-requests': '认为规范性文件违法的，可以在线提出审查建议，并凭查询编号查询办理进度和答复。',
});

export {
  documentKindLabels,
  documentStatusLabels,
  fairCompetitionBasis,
  filingStatusLabels,
  filingOutcomeLabels,
} from '../../normative-documents/workflow';
export { shownStatusLabels, shownStatus, type ShownStatus } from '../../normative-documents/catalogue';
export {
  reviewResultLabels,
  reviewChecklistLabels,
  postEvaluationOutcomeLabels,
  moderationStatusLabels,
  commentAnswerLabels,
} from '../../normative-documents/procedure';
export { precheckCategoryLabels } from '../../normative-documents/precheck/types';
export { articleChangeLabels, type ArticleChangeKind } from '../../normative-documents/article-diff';
export { statisticGroupLabels } from '../../normative-documents/statistics';
