// One 重大行政决策 as a record: the acts a user may take on it (one policy predicate each, one ability flag each),
// the refusal of an act in the record's state or before an earlier step (naming the step with its article), the
// legality review's checklist (第二十八条) and what its result means for the procedure (第二十五条). Pure.
import { DECISION_LAW, decisionArticle } from './steps';
import {
  decisionStatusLabels,
  describeMissingDecisionSteps,
  mayPerformDecisionAct,
  missingDecisionSteps,
  type DecisionAct,
  type DecisionFacts,
  type DecisionStatus,
  type GatedDecisionAct,
} from './workflow';

/** The acts on a decision record built so far: the policy's predicates and the answer's abilities. */
export const decisionRecordActions = [
  'read',
  'decideStart',
  'recordDraft',
  'openConsultation',
  'closeConsultation',
  'submitForReview',
  'recordReview',
  'recordDiscussion',
  'reportToParty',
  'publish',
  'file',
  // the middle steps where they apply (records/steps/ on the server)
  'announceHearing',
  'recordHearing',
  'recordExpertOpinions',
  'recordRiskAssessment',
  'recordFairCompetitionReview',
] as const;
export type DecisionRecordAction = (typeof decisionRecordActions)[number];

/** Each act on the record as the state machine knows it. */
export const recordActOf = {
  decideStart: 'decide-start',
  recordDraft: 'record-draft',
  openConsultation: 'open-consultation',
  closeConsultation: 'close-consultation',
  submitForReview: 'submit-for-legality-review',
  recordReview: 'record-legality-review',
  recordDiscussion: 'record-discussion',
  reportToParty: 'report-to-party',
  publish: 'publish',
  file: 'file',
  announceHearing: 'record-hearing',
  recordHearing: 'record-hearing',
  recordExpertOpinions: 'record-expert-review',
  recordRiskAssessment: 'record-risk-assessment',
  recordFairCompetitionReview: 'record-fair-competition-review',
} as const satisfies Record<Exclude<DecisionRecordAction, 'read'>, DecisionAct>;

export const decisionActLabels = {
  propose: '提出决策建议',
  decideStart: '决定启动决策程序',
  recordDraft: '拟订决策草案',
  openConsultation: '公开征求意见',
  closeConsultation: '结束公开征求意见',
  submitForReview: '送请合法性审查',
  recordReview: '合法性审查',
  recordDiscussion: '记录集体讨论决定',
  reportToParty: '记录向同级党委请示报告',
  publish: '公布决策',
  file: '报送备案',
  announceHearing: '公告听证会',
  recordHearing: '记录听证会',
  recordExpertOpinions: '记录专家论证意见',
  recordRiskAssessment: '记录风险评估',
  recordFairCompetitionReview: '记录公平竞争审查',
} as const;

const gated: Partial<Record<DecisionAct, GatedDecisionAct>> = {
  'open-consultation': 'open-consultation',
  'submit-for-legality-review': 'submit-for-legality-review',
  'record-discussion': 'record-discussion',
  publish: 'publish',
  stop: 'stop',
};

export type DecisionRefusal = { status: 409 | 422; code: string; message: string };

/**
 * Why `act` may not be taken now: 409 when the record's status does not allow it, 422 when an earlier step is
 * missing (each named with its article, in procedure order); null when it may go ahead.
 */
export function decisionActRefusal(
  status: DecisionStatus,
  act: Exclude<DecisionRecordAction, 'read'>,
  facts: DecisionFacts,
): DecisionRefusal | null {
  const step = recordActOf[act];
  if (!mayPerformDecisionAct(status, step))
    return {
      status: 409,
      code: 'DECISION_STATUS_CONFLICT',
      message: `该决策当前状态为“${decisionStatusLabels[status]}”，不能${decisionActLabels[act]}`,
    };
  const g = gated[step];
  const missing = g ? missingDecisionSteps(g, facts) : [];
  return missing.length
    ? { status: 422, code: 'DECISION_STEP_MISSING', message: describeMissingDecisionSteps(missing) }
    : null;
}

/** 第十二条第四款: views that differ widely call for two or more options, or the reason for putting forward one. */
export function optionsProblem(p: {
  viewsDifferWidely: boolean;
  optionCount: number;
  singleOptionReason?: string | null | undefined;
}): string | null {
  if (!p.viewsDifferWidely || p.optionCount >= 2 || p.singleOptionReason?.trim()) return null;
  return `有关方面对决策事项存在较大分歧的，可以提出两个以上方案；只提出一个方案的，请说明理由（${decisionArticle('第十二条第四款')}）`;
}

/** 第十一条: a matter outside the year's catalogue may still be started, with the reason it was not listed. */
export function startProblem(p: {
  catalogueItemId?: string | null | undefined;
  outsideReason?: string | null | undefined;
}): string | null {
  if (p.catalogueItemId || p.outsideReason?.trim()) return null;
  return `未列入决策事项目录的事项启动决策程序，应当说明理由（${DECISION_LAW}第三条第三款、第十一条）`;
}

/** 第二十八条: what the legality review examines — the questions of its checklist. */
export const decisionReviewChecklist = {
  authority: '决策事项是否符合法定权限',
  procedure: '决策草案的形成是否履行相关法定程序',
  substance: '决策草案内容是否符合有关法律、法规、规章和国家政策的规定',
} as const;

/**
 * 第二十五条: a draft found lawful (审核通过, or 修改后通过 with the changes made before the meeting) goes to the
 * collective discussion; one found unlawful goes back to drafting and may not be submitted to the meeting.
 */
export function reviewOutcome(result: 'passed' | 'passed_with_changes' | 'failed'): {
  legality: 'lawful' | 'unlawful';
  next: DecisionStatus;
} {
  return result === 'failed' ? { legality: 'unlawful', next: 'drafting' } : { legality: 'lawful', next: 'discussion' };
}

/** 第三十条: what the meeting decided moves the decision: adopted to be published, not adopted ends it, deferred
 * leaves it for the next meeting. */
export function meetingOutcome(decision: 'adopted' | 'not_adopted' | 'deferred'): DecisionStatus {
  return decision === 'adopted' ? 'decided' : decision === 'not_adopted' ? 'not_adopted' : 'discussion';
}

/**
 * The filing with the government one level up, as of `today`: on time or late once filed (the filing day against
 * the due day the calendar engine computed), overdue while not filed after the due day — derived, never stored.
 */
export function filingStanding(p: { due: string; filedOn: string | null; today: string }) {
  if (p.filedOn) return p.filedOn <= p.due ? ('on_time' as const) : ('late' as const);
  return p.today > p.due ? ('overdue' as const) : ('pending' as const);
}
export const filingStandingLabels = {
  on_time: '按期备案',
  late: '逾期备案',
  overdue: '已逾期未备案',
  pending: '待备案',
} as const;
