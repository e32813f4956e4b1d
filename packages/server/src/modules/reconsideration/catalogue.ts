// The module's audit actions, with the shared case record's (platform/cases).
import { caseAuditEvents } from '../../platform/cases/kinds';

/** The case's subject_type: its audit events, deadlines, parties, pauses and service records are filed under it. */
export const CASE_SUBJECT = 'reconsideration_case';

/** A 行政复议意见书 (第七十六条): the subject of its addressee's sixty-day report deadline. */
export const OPINION_SUBJECT = 'reconsideration_opinion';

export const reconsiderationAuditActions = {
  'reconsideration_case.applied': '收到行政复议申请',
  'reconsideration_case.correction_requested': '通知申请人补正',
  'reconsideration_case.correction_submitted': '申请人提交补正材料',
  'reconsideration_case.deemed_withdrawn': '逾期未补正，视为放弃申请',
  'reconsideration_case.accepted': '受理行政复议申请',
  'reconsideration_case.deemed_accepted': '审查期满视为受理',
  'reconsideration_case.refused': '决定不予受理',
  'reconsideration_case.copy_sent': '发送申请书副本',
  'reconsideration_case.answer_recorded': '收到被申请人答复',
  'reconsideration_case.views_heard': '听取当事人意见',
  'reconsideration_case.procedure_converted': '简易程序转为普通程序',
  'reconsideration_case.handlers_named': '指定或者变更承办人',
  'reconsideration_case.opinion_issued': '制发行政复议意见书',
  'reconsideration_case.opinion_reported': '收到行政复议意见书纠正情况报告',
  'reconsideration_case.hearing_scheduled': '安排听证并书面通知当事人',
  'reconsideration_case.hearing_held': '举行听证并制作听证笔录',
  'reconsideration_case.hearing_waived': '申请人拒不参加听证，视为放弃听证权利',
  'reconsideration_case.mediated': '调解达成协议，行政复议调解书生效',
  'reconsideration_case.mediation_failed': '调解未达成协议',
  'reconsideration_case.settled': '和解后准予撤回申请，终止行政复议',
  'reconsideration_case.normative_review_opened': '提起规范性文件附带审查',
  'reconsideration_case.normative_review_step': '办理规范性文件附带审查',
  'reconsideration_case.normative_review_concluded': '规范性文件附带审查办结',
  'reconsideration_case.suspended': '中止行政复议',
  'reconsideration_case.resumed': '恢复审理',
  'reconsideration_case.terminated': '终止行政复议',
  'reconsideration_case.extended': '延长审理期限',
  'reconsideration_case.decided': '作出行政复议决定',
  'reconsideration_case.published': '公开行政复议决定书',
  ...caseAuditEvents(CASE_SUBJECT),
} as const;
