// One reconsideration case as a state machine: received → (补正 ↔ received) → accepted (or not accepted, or deemed
// withdrawn) → suspended ↔ accepted → decided, mediated (第七十三条) or terminated (also after a settlement,
// 第七十四条). Each act names the statuses it may come from; any other is refused (409) naming the status.

export const caseStatuses = [
  'received',
  'correction_requested',
  'accepted',
  'suspended',
  'not_accepted',
  'withdrawn',
  'terminated',
  'decided',
  'mediated',
] as const;
export type CaseStatus = (typeof caseStatuses)[number];
export const caseStatusLabels = {
  received: '受理审查中',
  correction_requested: '待申请人补正',
  accepted: '已受理，审理中',
  suspended: '中止审理',
  not_accepted: '不予受理',
  withdrawn: '视为放弃申请',
  terminated: '终止审理',
  decided: '已作出行政复议决定',
  mediated: '调解结案（行政复议调解书已生效）',
} as const satisfies Record<CaseStatus, string>;

export const caseActs = [
  'request-correction',
  'submit-correction',
  'deem-withdrawn',
  'accept',
  'refuse',
  'send-copy',
  'record-answer',
  'suspend',
  'resume',
  'terminate',
  'extend',
  'decide',
  'publish',
  'record-service',
  'record-views',
  'convert-procedure',
  'name-handlers',
  'issue-opinion',
  'record-opinion-report',
  'schedule-hearing',
  'record-hearing',
  'mediate',
  'settle',
  'open-normative-review',
  'record-normative-review-step',
  'conclude-normative-review',
] as const;
export type CaseAct = (typeof caseActs)[number];

const reviewing: readonly CaseStatus[] = ['received'];
const hearing: readonly CaseStatus[] = ['accepted'];

export const caseActFrom = {
  // 第三十一条: 补正 within the acceptance review
  'request-correction': reviewing,
  'submit-correction': ['correction_requested'],
  'deem-withdrawn': ['correction_requested'],
  // 第三十条
  accept: reviewing,
  refuse: reviewing,
  // 第四十八条、第五十四条
  'send-copy': hearing,
  'record-answer': hearing,
  // 第三十九条、第四十一条
  suspend: hearing,
  resume: ['suspended'],
  terminate: ['accepted', 'suspended'],
  // 第六十二条
  extend: hearing,
  decide: hearing,
  // 第七十九条
  publish: ['decided'],
  // 送达 of a paper already issued, whatever the case's status since (第八十八条: 依照民事诉讼法关于送达的规定)
  'record-service': caseStatuses,
  // 第四十九条
  'record-views': hearing,
  // 第五十五条
  'convert-procedure': hearing,
  // 第三十六条第一款: 行政复议机构应当指定行政复议人员负责办理 — after a deemed acceptance (第三十条第三款) nobody is
  // named yet, and a handler may be changed while the case is heard or suspended
  'name-handlers': ['accepted', 'suspended'],
  // 第七十六条: 在办理行政复议案件过程中 the office may issue a 行政复议意见书 — while the case is heard, and with or after
  // its decision or termination; the addressee's report of its correction is recorded whenever it comes
  'issue-opinion': ['accepted', 'suspended', 'decided', 'terminated', 'mediated'],
  'record-opinion-report': ['accepted', 'suspended', 'decided', 'terminated', 'mediated'],
  // 第五十条、第五十一条: the hearing is part of hearing the case
  'schedule-hearing': hearing,
  'record-hearing': hearing,
  // 第七十三条、第七十四条: before the decision, also while suspended for them (第三十九条第一款第六项)
  mediate: ['accepted', 'suspended'],
  settle: ['accepted', 'suspended'],
  // 第三十九条第一款第九项: opening the review suspends the hearing; its steps and outcome come while suspended (or
  // after the office resumed for another reason)
  'open-normative-review': hearing,
  'record-normative-review-step': ['accepted', 'suspended'],
  'conclude-normative-review': ['accepted', 'suspended'],
} as const satisfies Record<CaseAct, readonly CaseStatus[]>;

export function mayActFrom(act: CaseAct, status: CaseStatus): boolean {
  return (caseActFrom[act] as readonly CaseStatus[]).includes(status);
}

/** The policy's actions on a case (server policy.ts), each held by the office's staff as a module action. */
export const caseActions = ['read', 'register', 'review', 'hear', 'decide'] as const;
export type CaseAction = (typeof caseActions)[number];

/** Which action an act needs: the acceptance review's acts, the hearing's, the decision's. */
export const caseActAction = {
  'request-correction': 'review',
  'submit-correction': 'review',
  'deem-withdrawn': 'review',
  accept: 'review',
  refuse: 'review',
  'send-copy': 'hear',
  'record-answer': 'hear',
  suspend: 'hear',
  resume: 'hear',
  terminate: 'hear',
  extend: 'hear',
  decide: 'decide',
  publish: 'decide',
  'record-service': 'hear',
  'record-views': 'hear',
  'convert-procedure': 'hear',
  'name-handlers': 'hear',
  'issue-opinion': 'decide',
  'record-opinion-report': 'hear',
  'schedule-hearing': 'hear',
  'record-hearing': 'hear',
  // the 调解书 is the 行政复议机关's paper, as its decision; the withdrawal is approved as a termination is
  mediate: 'decide',
  settle: 'hear',
  'open-normative-review': 'hear',
  'record-normative-review-step': 'hear',
  // 第五十九条: the 行政复议机关's own finding on the clauses
  'conclude-normative-review': 'decide',
} as const satisfies Record<CaseAct, CaseAction>;
