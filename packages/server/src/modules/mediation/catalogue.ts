// The mediation module's catalogue: the audit actions it writes, with the Chinese names the audit page shows, and
// the kinds of record it names (its subject types).
import { caseAuditEvents } from '../../platform/cases/kinds';

export const COMMITTEE_SUBJECT = 'mediation_committee';
export const DISPUTE_SUBJECT = 'mediation_dispute';

export const mediationAuditActions = {
  'mediation_committee.registered': '登记人民调解委员会',
  'mediation_committee.mediator_added': '登记人民调解员',
  'mediation_dispute.registered': '登记调解纠纷',
  'mediation_dispute.session_recorded': '记录调解情况',
  'mediation_dispute.agreed': '达成调解协议',
  'mediation_dispute.failed': '调解不成终止调解',
  'mediation_dispute.refused': '当事人拒绝调解',
  'mediation_dispute.performance_recorded': '记录调解协议履行情况',
  'mediation_dispute.confirmation_recorded': '记录司法确认情况',
  // the parties are added through the shared case record (platform/cases)
  ...caseAuditEvents(DISPUTE_SUBJECT),
} as const;
