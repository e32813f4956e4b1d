// The litigation module's catalogue: the audit actions it writes, with the Chinese names the audit page shows, and
// the kinds of record its deadlines and audit events name.
import { caseAuditEvents } from '../../platform/cases/kinds';

export const SUIT_SUBJECT = 'litigation_suit';
export const RECOMMENDATION_SUBJECT = 'litigation_recommendation';

export const litigationAuditActions = {
  'litigation_suit.registered': '登记行政诉讼案件',
  'litigation_suit.complaint_served': '记录起诉状副本送达',
  'litigation_suit.defence_submitted': '记录提交答辩状和证据',
  'litigation_suit.hearing_scheduled': '记录开庭安排',
  'litigation_suit.appearance_recorded': '记录出庭应诉情况',
  'litigation_suit.decided': '记录裁判结果',
  'litigation_suit.concluded': '记录上诉或者裁判生效',
  'litigation_suit.performed': '记录履行生效裁判',
  'litigation_recommendation.received': '登记司法建议、检察建议',
  'litigation_recommendation.replied': '记录回复司法建议、检察建议',
  ...caseAuditEvents(SUIT_SUBJECT),
} as const;
