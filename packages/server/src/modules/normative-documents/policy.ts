// Who may do what to a normative document. A document is located by its drafting unit; the justice bureau reaches
// it through a region-wide assignment. Each predicate asks for one action over that unit and the status the act
// needs (core's state machine), so that `abilities` show only what can be done next.
import type { ScopeTarget } from '@fazhi/core/access';
import {
  mayPerformAct,
  type DocumentAct,
  type DocumentAction,
  type DocumentStatus,
} from '@fazhi/core/normative-documents';
import { definePolicy, type PolicyContext } from '../../platform/access/policy';
import type { FilingStatus, ReviewRequestStatus } from './tables';

export interface DocumentRecord {
  target: ScopeTarget;
  status: DocumentStatus;
  filingStatus: FilingStatus | null;
  openCorrection: 'ordered' | 'reported' | null;
  openPostEvaluation: 'pending' | 'in_progress' | null;
}

const at = (act: DocumentAct) => (d: DocumentRecord) => mayPerformAct(d.status, act);
const as = (action: string) => (p: PolicyContext, d: DocumentRecord) => p.can(action, d.target);

export type { DocumentAction } from '@fazhi/core/normative-documents';

export const documentPolicy = definePolicy<DocumentRecord, DocumentAction>(
  'normative_document',
  {
    read: as('normative.read'),
    revise: (p, d) => at('revise-draft')(d) && as('normative.draft')(p, d),
    openConsultation: (p, d) => at('open-consultation')(d) && as('normative.draft')(p, d),
    closeConsultation: (p, d) => at('close-consultation')(d) && as('normative.draft')(p, d),
    exemptConsultation: (p, d) => at('exempt-consultation')(d) && as('normative.draft')(p, d),
    moderateComments: as('normative.draft'),
    answerComments: as('normative.draft'),
    recordFairCompetitionReview: (p, d) => at('record-fair-competition-review')(d) && as('normative.draft')(p, d),
    submitForLegalityReview: (p, d) => at('submit-for-legality-review')(d) && as('normative.draft')(p, d),
    recordLegalityReview: (p, d) => at('record-legality-review')(d) && as('normative.legality-review')(p, d),
    reviseAfterReview: (p, d) => at('revise-after-review')(d) && as('normative.draft')(p, d),
    recordDeliberation: (p, d) => at('record-deliberation')(d) && as('normative.draft')(p, d),
    publish: (p, d) => d.status === 'approved' && as('normative.publish')(p, d),
    // 政策解读 goes out with a document in force (国办发〔2018〕37号: 同步发布)
    publishInterpretation: (p, d) => d.status === 'published' && as('normative.publish')(p, d),
    submitFiling: (p, d) => d.filingStatus === 'not_submitted' && as('normative.file')(p, d),
    forwardFiling: (p, d) =>
      d.filingStatus !== null && d.filingStatus !== 'not_submitted' && as('normative.filing-review')(p, d),
    recordFilingReview: (p, d) => d.filingStatus === 'submitted' && as('normative.filing-review')(p, d),
    reportCorrection: (p, d) => d.openCorrection === 'ordered' && as('normative.file')(p, d),
    confirmCorrection: (p, d) => d.openCorrection === 'reported' && as('normative.filing-review')(p, d),
    startPostEvaluation: (p, d) => d.openPostEvaluation === 'pending' && as('normative.evaluate')(p, d),
    concludePostEvaluation: (p, d) =>
      d.openPostEvaluation !== null && at('conclude-post-evaluation')(d) && as('normative.evaluate')(p, d),
    // the permission to register and publish, asked before the status so that a clerk learns the missing steps
    register: as('normative.publish'),
    // 清理意见 on a document of an open campaign, by its drafting unit or the justice bureau
    decideCleanup: as('normative.cleanup.decide'),
  },
  {
    read: '查看该规范性文件',
    revise: '修改该草案',
    openConsultation: '公开征求意见',
    closeConsultation: '结束征求意见',
    exemptConsultation: '记录免于公开征求意见',
    moderateComments: '审核公众意见',
    answerComments: '答复公众意见',
    recordFairCompetitionReview: '记录公平竞争审查',
    submitForLegalityReview: '报送合法性审核',
    recordLegalityReview: '作出合法性审核意见',
    reviseAfterReview: '按审核意见修改草案',
    recordDeliberation: '记录集体审议',
    publish: '登记、编号并发布该文件',
    publishInterpretation: '发布该文件的政策解读',
    submitFiling: '报送备案',
    forwardFiling: '记录向上级政府和人大常委会报备',
    recordFilingReview: '作出备案审查结论',
    reportCorrection: '报告纠正情况',
    confirmCorrection: '确认纠正',
    startPostEvaluation: '开展后评估',
    concludePostEvaluation: '作出后评估结论',
    register: '登记、编号并发布该文件',
    decideCleanup: '对该文件作出清理意见',
  },
);

/** A unit as the author of documents: drafting in its name, its 发文机关代字. */
export interface UnitRecord {
  target: ScopeTarget;
  name: string;
}

export const unitPolicy = definePolicy<UnitRecord, 'draft' | 'setIssuerPrefix'>(
  'org',
  {
    draft: (p, u) => p.can('normative.draft', u.target),
    setIssuerPrefix: (p, u) => p.can('normative.settings.manage', u.target),
  },
  { draft: (u) => `以${u.name}名义起草规范性文件`, setIssuerPrefix: '设置该单位的发文机关代字' },
);

/** A cleanup campaign is located by the justice bureau of its region (the one that organises it). */
export const cleanupCampaignPolicy = definePolicy<ScopeTarget, 'open' | 'publishResults'>(
  'normative_cleanup',
  {
    open: (p, bureau) => p.can('normative.cleanup.manage', bureau),
    publishResults: (p, bureau) => p.can('normative.cleanup.manage', bureau),
  },
  { open: '组织规范性文件清理', publishResults: '公布清理结果' },
);

/** A review request (建议审查) is located by the bureau handling it; deciding and answering follow its status. */
export interface ReviewRequestRecord {
  target: ScopeTarget;
  status: ReviewRequestStatus;
}

export const reviewRequestPolicy = definePolicy<ReviewRequestRecord, 'handle' | 'decide' | 'answer'>(
  'normative_review_request',
  {
    handle: (p, r) => p.can('normative.review-request.handle', r.target),
    decide: (p, r) => r.status === 'received' && p.can('normative.review-request.handle', r.target),
    answer: (p, r) => r.status === 'accepted' && p.can('normative.review-request.handle', r.target),
  },
  { handle: '办理该审查建议', decide: '作出受理决定', answer: '答复该审查建议' },
);

/** A region's own settings of this module (the search synonyms), located by the region's path. */
export interface RegionRecord {
  regionPath: string;
  name: string;
}

export const regionSettingsPolicy = definePolicy<RegionRecord, 'setSearchSynonyms'>(
  'normative_settings',
  {
    setSearchSynonyms: (p, r) =>
      p.can('normative.settings.manage', { orgId: '', orgPath: '', regionPath: r.regionPath }),
  },
  { setSearchSynonyms: (r) => `管理${r.name}的检索同义词` },
);

/** Acts over the register as a whole, refused before any record is read to someone who holds them nowhere: the
 * import of pre-platform documents (whoever publishes or reviews filings somewhere; each row is then checked at its
 * unit) and the statistics (whoever reads documents somewhere; the figures count only the scope asked for). */
export const registerPolicy = definePolicy<null, 'import' | 'readStatistics'>(
  'normative_register',
  {
    import: (p) => p.holds('normative.publish') || p.holds('normative.filing-review'),
    readStatistics: (p) => p.holds('normative.read'),
  },
  { import: '导入存量规范性文件', readStatistics: '查看规范性文件统计' },
);
