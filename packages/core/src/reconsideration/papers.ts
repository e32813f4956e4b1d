// The case's papers (DOCX/PDF through the platform's 公文 model), each with the act it records: a paper is generated
// once its act is, and refused (409) naming the act before.
export const reconsiderationPapers = [
  'correction-notice',
  'acceptance-notice',
  'refusal-decision',
  'answer-notice',
  'hearing-notice',
  'decision',
  'mediation-agreement',
] as const;
export type ReconsiderationPaper = (typeof reconsiderationPapers)[number];
export const reconsiderationPaperLabels = {
  'correction-notice': '行政复议申请补正通知书', // 第三十一条第一款
  'acceptance-notice': '行政复议申请受理通知书', // 第三十条
  'refusal-decision': '不予受理行政复议申请决定书', // 第三十条第二款
  'answer-notice': '行政复议答复通知书', // 第四十八条、第五十四条: with the copy of the application, to the respondent
  'hearing-notice': '行政复议听证通知书', // 第五十一条第一款: the time, place and issues, to the parties
  'mediation-agreement': '行政复议调解书', // 第七十三条第一款
  decision: '行政复议决定书', // 第六十一条、第七十五条
} as const satisfies Record<ReconsiderationPaper, string>;
export const reconsiderationPaperWaitsFor = {
  'correction-notice': '通知补正',
  'acceptance-notice': '受理',
  'refusal-decision': '决定不予受理',
  'answer-notice': '发送申请书副本',
  'hearing-notice': '安排听证',
  decision: '作出行政复议决定',
  'mediation-agreement': '调解达成协议',
} as const satisfies Record<ReconsiderationPaper, string>;
