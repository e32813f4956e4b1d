// Labels and enumerations the console's document pages show, copied from core (packages/core/src/normative-documents
// workflow.ts, procedure.ts, doc-number.ts): core's index also loads the legality pre-check with its word segmenter,
// which must not reach the browser bundle. Only types are imported from core, so a renamed value fails type-check.
import type {
  DocumentKind,
  DocumentStatus,
  PostEvaluationOutcome,
  ReviewChecklistItem,
  ReviewResult,
} from '@fazhi/core/normative-documents';

export const documentKindLabels: Record<DocumentKind, string> = {
  ordinary: '一般',
  interim: '暂行',
  trial: '试行',
};

export const documentStatusLabels: Record<DocumentStatus, string> = {
  drafting: '起草中',
  consultation: '公开征求意见中',
  legality_review: '合法性审核中',
  deliberation: '待集体审议',
  approved: '审议通过待发布',
  published: '现行有效',
  amendment_pending: '待修改（不再作为行政管理依据）',
  repealed: '已废止',
  lapsed: '已失效',
  withdrawn: '已撤回（审议未通过）',
};

export const reviewResultLabels: Record<ReviewResult, string> = {
  passed: '审核通过',
  passed_with_changes: '修改后通过',
  failed: '审核不通过',
};

export const reviewChecklistLabels: Record<ReviewChecklistItem, string> = {
  adds_powers: '是否违法增加行政权力或者减少法定职责',
  creates_licence_penalty_coercion: '是否设定行政许可、行政处罚、行政强制等事项，或增加行政许可条件',
  requires_pointless_certificates: '是否要求提供循环证明、重复证明、无谓证明',
  reduces_rights_adds_duties: '是否违法减损公民、法人和其他组织合法权益或者增加其义务，侵犯人身权、财产权等基本权利',
  regulates_market_matters: '是否超越职权规定应由市场调节、企业和社会自律、公民自我管理的事项',
  restricts_competition:
    '是否违法制定含有排除或者限制公平竞争内容的措施，干预市场主体正常生产经营活动，设置市场准入和退出条件',
  internal_office_issuer: '是否以部门内设机构名义制发',
  procedure_followed: '制定主体是否适格、程序是否合法（公开征求意见、公平竞争审查等）',
};

export const postEvaluationOutcomeLabels: Record<PostEvaluationOutcome, string> = {
  renew: '继续施行（重新登记、编号、公布）',
  amend: '修改',
  repeal: '废止',
  lapse: '不再延续，有效期届满后失效',
};

export const meetingKindLabels = {
  executive_meeting: '政府常务会议',
  leadership_meeting: '部门领导班子会议',
} as const;

export const deliberationDecisionLabels = {
  adopted: '审议通过',
  revise: '修改后再审',
  rejected: '不予通过',
} as const;

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 第一条, 第十二条, 第一百零五条 — the heading the server gives the article at this position (core articleHeading). */
export function articleHeading(seq: number): string {
  const h = Math.floor(seq / 100);
  const t = Math.floor((seq % 100) / 10);
  const u = seq % 10;
  let s = '';
  if (h) s += `${DIGITS[h]}百`;
  if (t) s += `${h === 0 && t === 1 ? '' : DIGITS[t]}十`;
  else if (h && u) s += '零';
  if (u) s += DIGITS[u];
  return `第${s}条`;
}
