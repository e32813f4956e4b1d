// 重大行政决策: the console menu and the portal's public entries (the server's manifest and the web's route tables
// both read these). The labels the pages show come with the answers (statusLabel, stepChoices), so that the
// console shell, which bundles these menus, does not carry the module's tables.
import { defineMenu, definePortal, definePortalDescriptions } from '../platform/menu';

export const decisionsMenu = defineMenu({
  'decision-catalogues': { label: '决策事项目录', page: 'decision-catalogues', action: 'decision.read' },
  'decision-records': { label: '重大行政决策', page: 'decisions', action: 'decision.read' },
  'decision-experts': { label: '决策咨询论证专家库', page: 'decision-experts', action: 'decision.experts.manage' },
  'decision-statistics': { label: '重大行政决策统计', page: 'decision-statistics', action: 'decision.read' },
});

export const decisionsPortal = definePortal({
  'decision-catalogue': {
    title: '重大行政决策事项目录',
    page: 'decision-catalogue',
  },
  decisions: {
    title: '重大行政决策公开',
    page: 'decisions',
  },
  'decision-hearings': {
    title: '重大行政决策听证会',
    page: 'decision-hearings',
  },
});

// the home page card's sentence of each entry: the server's portal answer carries it, so the web never bundles it
export const decisionsPortalDescriptions = definePortalDescriptions(decisionsPortal, {
  'decision-catalogue': '查看本年度经同级党委同意后公布的重大行政决策事项目录，以及目录每次调整的情况。',
  decisions: '查看已公布的重大行政决策全文、政策解读和公众意见采纳情况说明。',
  'decision-hearings': '查看正在公告的重大行政决策听证会：听证时间、地点、听证参加人遴选办法和名单。',
});

// the labels of the statistics page's groups and of the decision page's papers, and the enumerations the forms
// after a decision offer (the problem types of 第三十五条, the articles of 第三十八条至第四十一条): the contract's
// enumerations (contracts/decisions/after.ts) and these labels are core's one list
export { accountabilityArticleLabels, executionProblemLabels } from '../../major-decisions/after';
export { decisionStatisticGroupLabels } from '../../major-decisions/statistic-labels';
export { decisionPaperLabels } from '../../major-decisions/papers';
