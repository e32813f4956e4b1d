// The legal-advisers module's catalogue: the subject types of its records, the audit actions it writes (its own and
// the shared review desk's on each kind it lends), with the Chinese names the audit page shows.
import type { ReviewMatterKind } from '@fazhi/core/legal-advisers';
import { participationAuditEvents } from '../../platform/participation/subjects';

export const ADVISER_SUBJECT = 'legal_adviser';
export const MEETING_SUBJECT = 'legal_review_meeting';

/** Each kind of matter is lent to the shared desk as its own subject type (its checklist and review time differ). */
export const matterSubjectOf = {
  contract: 'contract_review',
  meeting_topic: 'meeting_topic_review',
  document: 'document_review',
} as const satisfies Record<ReviewMatterKind, string>;
export type MatterSubject = (typeof matterSubjectOf)[ReviewMatterKind];

const matterEvents = (subject: MatterSubject) => ({
  [`${subject}.created`]: '登记送审材料',
  [`${subject}.revised`]: '按审查意见修改',
  ...participationAuditEvents(subject),
});

export const legalAdviserAuditActions = {
  'legal_adviser.registered': '登记法律顾问、公职律师',
  'legal_adviser.engagement_recorded': '记录法律顾问参与事项',
  'legal_review_meeting.recorded': '记录常务会议议程',
  ...matterEvents('contract_review'),
  ...matterEvents('meeting_topic_review'),
  ...matterEvents('document_review'),
};
