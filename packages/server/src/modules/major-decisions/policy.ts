// Who may do what with a decision catalogue. A catalogue belongs to its decision body (决策机关): the government
// office's staff act for the body (a role at the body's unit), the body's leaders, the justice bureau and the
// supervisors read it.
import type { CatalogueAction, DecisionRecordAction, ExpertAction } from '@fazhi/core/major-decisions';
import type { ScopeTarget } from '@fazhi/core/access';
import { definePolicy, type Rule } from '../../platform/access/policy';

/** A catalogue located at its decision body, named by it in a refusal. */
export interface CatalogueRecord extends ScopeTarget {
  bodyName: string;
  year: number;
}

const manage = 'decision.catalogue.manage';

export const cataloguePolicy = definePolicy<CatalogueRecord, CatalogueAction>(
  'decision_catalogue',
  {
    read: (p, r) => p.can('decision.read', r),
    editItems: (p, r) => p.can(manage, r),
    recordPartyConsent: (p, r) => p.can(manage, r),
    publish: (p, r) => p.can(manage, r),
    adjust: (p, r) => p.can(manage, r),
  },
  {
    read: (r) => `查看${r.bodyName}${r.year}年决策事项目录`,
    editItems: (r) => `编制${r.bodyName}${r.year}年决策事项目录`,
    recordPartyConsent: (r) => `记录${r.bodyName}${r.year}年决策事项目录的党委同意情况`,
    publish: (r) => `公布${r.bodyName}${r.year}年决策事项目录`,
    adjust: (r) => `调整${r.bodyName}${r.year}年决策事项目录`,
  },
);

/** A region's expert pool: located at the region, so only a region-wide (or platform) assignment reaches it. */
export interface ExpertPoolRecord {
  regionPath: string;
  regionName: string;
}

const atRegion = (r: ExpertPoolRecord): ScopeTarget => ({ orgId: '', orgPath: '', regionPath: r.regionPath });

export const expertPoolPolicy = definePolicy<ExpertPoolRecord, ExpertAction>(
  'decision_expert_pool',
  {
    read: (p, r) => p.can('decision.read', atRegion(r)),
    manage: (p, r) => p.can('decision.experts.manage', atRegion(r)),
    draw: (p, r) => p.can('decision.experts.manage', atRegion(r)),
  },
  {
    read: (r) => `查看${r.regionName}决策咨询论证专家库`,
    manage: (r) => `管理${r.regionName}决策咨询论证专家库`,
    draw: (r) => `从${r.regionName}决策咨询论证专家库抽取专家`,
  },
);

/**
 * A decision located at its decision body (决策机关, which decides to start it) and its 承办单位 (which drafts it and
 * conducts its consultation), and at the reviewing body once it is sent for legality review.
 */
export interface DecisionRecordTarget {
  title: string;
  body: ScopeTarget;
  sponsor: ScopeTarget;
  reviewer: ScopeTarget | null;
}

const draft = (p: Parameters<Rule<DecisionRecordTarget>>[0], r: DecisionRecordTarget) =>
  p.can('decision.draft', r.sponsor);

export const decisionRecordPolicy = definePolicy<DecisionRecordTarget, DecisionRecordAction>(
  'major_decision',
  {
    read: (p, r) => p.can('decision.read', r.sponsor) || p.can('decision.read', r.body),
    decideStart: (p, r) => p.can('decision.start', r.body),
    recordDraft: draft,
    openConsultation: draft,
    closeConsultation: draft,
    submitForReview: draft,
    recordReview: (p, r) => r.reviewer !== null && p.can('decision.legality-review', r.reviewer),
    recordDiscussion: (p, r) => p.can('decision.decide', r.body),
    reportToParty: (p, r) => p.can('decision.decide', r.body),
    publish: (p, r) => p.can('decision.decide', r.body),
    file: (p, r) => p.can('decision.decide', r.body),
    // 第十六条、第十九条、第二十二条: the 承办单位 organises the hearing, the expert review and the risk assessment;
    // 《公平竞争审查条例》第十四条: it makes the first review and records the conclusion
    announceHearing: draft,
    recordHearing: draft,
    recordExpertOpinions: draft,
    recordRiskAssessment: draft,
    recordFairCompetitionReview: draft,
  },
  {
    read: (r) => `查看重大行政决策“${r.title}”`,
    decideStart: (r) => `决定是否启动“${r.title}”的决策程序`,
    recordDraft: (r) => `拟订“${r.title}”的决策草案`,
    openConsultation: (r) => `就“${r.title}”公开征求意见`,
    closeConsultation: (r) => `结束“${r.title}”的公开征求意见`,
    submitForReview: (r) => `将“${r.title}”送请合法性审查`,
    recordReview: (r) => `审查“${r.title}”的合法性`,
    recordDiscussion: (r) => `记录“${r.title}”的集体讨论决定`,
    reportToParty: (r) => `记录“${r.title}”向同级党委请示报告的情况`,
    publish: (r) => `公布“${r.title}”`,
    file: (r) => `将“${r.title}”报送备案`,
    announceHearing: (r) => `公告“${r.title}”的听证会`,
    recordHearing: (r) => `记录“${r.title}”的听证会`,
    recordExpertOpinions: (r) => `记录“${r.title}”的专家论证意见`,
    recordRiskAssessment: (r) => `记录“${r.title}”的风险评估`,
    recordFairCompetitionReview: (r) => `记录“${r.title}”的公平竞争审查`,
  },
);

/** The region's decisions as a whole (statistics): not located at one record, refused before anything is read. */
export const decisionRegisterPolicy = definePolicy<null, 'readStatistics'>(
  'decision_register',
  { readStatistics: (p) => p.holds('decision.read') },
  { readStatistics: '查看重大行政决策统计' },
);
