// The procedure of one 重大行政决策 as a state machine, and the gates that refuse a skipped step naming it with its
// article (《重大行政决策程序暂行条例》, statutes.md §5). Statuses are coarse; which steps are done is told by the
// recorded facts, so a gate reads the facts and answers the steps still missing, in procedure order.
import { decisionStepDefinitions, type ApplicableSteps, type DecisionStep } from './steps';

export const decisionStatuses = [
  'proposed',
  'drafting',
  'consultation',
  'legality_review',
  'discussion',
  'decided',
  'published',
  'suspended',
  'stopped',
  'not_adopted',
  'not_started',
] as const;
export type DecisionStatus = (typeof decisionStatuses)[number];
export const decisionStatusLabels = {
  proposed: '决策建议待研究',
  drafting: '拟订草案中',
  consultation: '公开征求意见中',
  legality_review: '合法性审查中',
  discussion: '待集体讨论',
  decided: '集体讨论通过待公布',
  published: '已公布执行中',
  suspended: '中止执行',
  stopped: '停止执行',
  not_adopted: '集体讨论未通过',
  not_started: '决定不启动',
} as const satisfies Record<DecisionStatus, string>;

export const decisionActs = [
  'decide-start',
  'record-draft',
  'open-consultation',
  'close-consultation',
  'record-hearing',
  'record-expert-review',
  'record-risk-assessment',
  'record-fair-competition-review',
  'submit-for-legality-review',
  'record-legality-review',
  'record-discussion',
  'report-to-party',
  'publish',
  'file',
  'report-execution',
  'record-post-evaluation',
  'suspend',
  'adjust',
  'stop',
] as const;
export type DecisionAct = (typeof decisionActs)[number];

const drafting: readonly DecisionStatus[] = ['drafting'];
const inForce: readonly DecisionStatus[] = ['published', 'suspended'];

/** From which statuses each act may be performed. */
const allowedFrom: Record<DecisionAct, readonly DecisionStatus[]> = {
  'decide-start': ['proposed'],
  'record-draft': drafting,
  'open-consultation': drafting,
  'close-consultation': ['consultation'],
  // 第十六条: a hearing is one way of public participation, so it may be held while the comment period runs
  'record-hearing': ['drafting', 'consultation'],
  'record-expert-review': drafting,
  'record-risk-assessment': drafting,
  'record-fair-competition-review': drafting,
  'submit-for-legality-review': drafting,
  'record-legality-review': ['legality_review'],
  'record-discussion': ['discussion'],
  'report-to-party': ['decided'],
  publish: ['decided'],
  file: inForce,
  'report-execution': ['published'],
  'record-post-evaluation': inForce,
  // 第三十七条: the head may suspend first in an emergency; a major change runs the procedure again
  suspend: ['published'],
  adjust: inForce,
  stop: inForce,
};

export function mayPerformDecisionAct(status: DecisionStatus, act: DecisionAct): boolean {
  return allowedFrom[act].includes(status);
}

/** What has been recorded on a decision, as facts the gates read. */
export interface DecisionFacts {
  /** the steps the catalogue item (or the start decision for an item outside it) says apply */
  applicable: ApplicableSteps;
  draftRecorded: boolean;
  /** 第十二条第四款: the parties' views on the matter differ widely */
  viewsDifferWidely: boolean;
  optionCount: number;
  /** why one option is put forward although views differ widely (the article says 可以, so a reason may stand) */
  singleOptionReason: string | null;
  /** 第十四条: 依法不予公开的决策事项 are exempt from public participation */
  participationExempt: boolean;
  consultationClosed: boolean;
  hearingRecordSigned: boolean;
  expertOpinionsSigned: boolean;
  /** the latest risk assessment found the risk controllable (第二十四条) */
  riskControllable: boolean | null;
  fairCompetitionReviewed: boolean;
  /** 第二十五条: lawful; or, for an exploratory reform, the legal risk stated */
  legalityReview: 'lawful' | 'legal_risk_stated' | 'unlawful' | null;
  discussionAdopted: boolean;
  partyReported: boolean;
  /** 第三十七条: stopping or a major change was decided through the procedure (a collective discussion) */
  changeDiscussed: boolean;
}

/** The conditions a gate can find missing: each a step of the procedure, named with its article. */
export const decisionGateSteps = [
  'drafting',
  'options',
  'public_participation',
  'hearing',
  'expert_review',
  'risk_assessment',
  'fair_competition_review',
  'legality_review',
  'collective_discussion',
  'party_report',
  'change_discussion',
] as const;
export type DecisionGateStep = (typeof decisionGateSteps)[number];

const stepBasis = (s: DecisionStep) => decisionStepDefinitions[s].basis;

export const decisionGateLabels = {
  drafting: { label: '拟订决策草案及其说明', basis: stepBasis('drafting') },
  options: {
    label: '有关方面存在较大分歧的，提出两个以上方案（或者说明只提出一个方案的理由）',
    basis: '《重大行政决策程序暂行条例》第十二条第四款',
  },
  public_participation: {
    label: '公众参与（公开征求意见结束，或者记录依法不予公开的理由）',
    basis: stepBasis('public_participation'),
  },
  hearing: { label: '听证会（听证参加人确认听证会记录并签字）', basis: stepBasis('hearing') },
  expert_review: { label: '专家论证（书面论证意见署名、盖章）', basis: stepBasis('expert_review') },
  risk_assessment: { label: '风险评估（风险可控）', basis: stepBasis('risk_assessment') },
  fair_competition_review: { label: '公平竞争审查', basis: stepBasis('fair_competition_review') },
  legality_review: {
    label: '合法性审查（经审查合法，或者探索性改革事项明示法律风险）',
    basis: '《重大行政决策程序暂行条例》第二十五条',
  },
  collective_discussion: { label: '常务会议或者全体会议集体讨论决定', basis: stepBasis('collective_discussion') },
  party_report: { label: '向同级党委请示报告', basis: stepBasis('party_report') },
  change_discussion: {
    label: '依照法定程序作出调整或者停止执行的决定（集体讨论）',
    basis: stepBasis('adjustment'),
  },
} as const satisfies Record<DecisionGateStep, { label: string; basis: string }>;

/** The acts gated by earlier steps. */
export type GatedDecisionAct =
  'open-consultation' | 'submit-for-legality-review' | 'record-discussion' | 'publish' | 'stop';

/** Everything up to the legality review: the gate list in order, from the draft to the fair-competition review. */
const beforeReview: readonly DecisionGateStep[] = decisionGateSteps.slice(
  0,
  decisionGateSteps.indexOf('legality_review'),
);

const stepsBefore: Record<GatedDecisionAct, readonly DecisionGateStep[]> = {
  // 第十五条: the draft and its explanation are what is published for comment
  'open-consultation': ['drafting', 'options'],
  // 第二十六条: the review receives the draft and the statement of the procedure followed so far
  'submit-for-legality-review': beforeReview,
  // 第二十五条: no draft reaches the meeting without a legality review, nor one found unlawful; 第二十九条: the
  // meeting receives the handling of the public's and experts' views, the risk report and the review opinion
  'record-discussion': [...beforeReview, 'legality_review'],
  // 第三十一条: reported to the same-level Party committee before it is issued
  publish: [...beforeReview, 'legality_review', 'collective_discussion', 'party_report'],
  // 第三十七条: not stopped without the legal procedure
  stop: ['change_discussion'],
};

function gateDone(step: DecisionGateStep, f: DecisionFacts): boolean {
  switch (step) {
    case 'drafting':
      return f.draftRecorded;
    case 'options':
      return !f.viewsDifferWidely || f.optionCount >= 2 || Boolean(f.singleOptionReason?.trim());
    case 'public_participation':
      return f.participationExempt || f.consultationClosed;
    case 'hearing':
      return !f.applicable.hearing || f.hearingRecordSigned;
    case 'expert_review':
      return !f.applicable.expert_review || f.expertOpinionsSigned;
    case 'risk_assessment':
      return !f.applicable.risk_assessment || f.riskControllable === true;
    case 'fair_competition_review':
      return !f.applicable.fair_competition_review || f.fairCompetitionReviewed;
    case 'legality_review':
      return f.legalityReview === 'lawful' || f.legalityReview === 'legal_risk_stated';
    case 'collective_discussion':
      return f.discussionAdopted;
    case 'party_report':
      return f.partyReported;
    case 'change_discussion':
      return f.changeDiscussed;
  }
}

/** The steps still missing before `act`, in procedure order (empty: the act may go ahead). */
export function missingDecisionSteps(act: GatedDecisionAct, facts: DecisionFacts): DecisionGateStep[] {
  return stepsBefore[act].filter((s) => !gateDone(s, facts));
}

/** '尚未完成：合法性审查（…）（《重大行政决策程序暂行条例》第二十五条）'. */
export function describeMissingDecisionSteps(steps: readonly DecisionGateStep[]): string {
  return `尚未完成：${steps.map((s) => `${decisionGateLabels[s].label}（${decisionGateLabels[s].basis}）`).join('；')}`;
}

export function isDecisionAct(value: string): value is DecisionAct {
  return (decisionActs as readonly string[]).includes(value);
}
