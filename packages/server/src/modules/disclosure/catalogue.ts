// The module's audit actions, with the shared case record's (platform/cases).
import { caseAuditEvents } from '../../platform/cases/kinds';

/** The request's subject_type: its audit events, deadlines, parties, pauses and service records are filed under it. */
export const REQUEST_SUBJECT = 'disclosure_request';

export const disclosureAuditActions = {
  'disclosure_request.submitted': '收到政府信息公开申请',
  'disclosure_request.receipt_confirmed': '确认收到政府信息公开申请',
  'disclosure_request.correction_requested': '告知申请人补正',
  'disclosure_request.correction_submitted': '申请人提交补正',
  'disclosure_request.deemed_withdrawn': '逾期未补正，视为放弃申请',
  'disclosure_request.consultation_started': '征求第三方或者共同制作机关意见',
  'disclosure_request.consultation_ended': '收到意见或者征求意见期满',
  'disclosure_request.extended': '延长答复期限',
  'disclosure_request.replied': '作出答复',
  ...caseAuditEvents(REQUEST_SUBJECT),
} as const;
