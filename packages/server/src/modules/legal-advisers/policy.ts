// Who may do what with a unit's advisers, its matters sent for legality review and its government's meetings. Each
// belongs to a unit of the org tree: the readers of its records read them (the justice bureau the region's), its
// legal staff and head keep its advisers and send its matters, the government's office records the meeting. The
// review itself is the shared desk's act, held by the justice bureau (legal-review.review).
import type { UnitRecord } from '../../platform/access/unit-record';
import { definePolicy } from '../../platform/access/policy';

export const legalAdviserPolicy = definePolicy<UnitRecord, 'read' | 'manage'>(
  'legal_adviser',
  {
    read: (p, r) => p.can('legal-advisers.read', r),
    manage: (p, r) => p.can('legal-advisers.manage', r),
  },
  {
    read: (r) => `查看${r.bodyName}的法律顾问、公职律师`,
    manage: (r) => `为${r.bodyName}登记法律顾问、公职律师及参与事项`,
  },
);

export const legalReviewMatterPolicy = definePolicy<UnitRecord, 'read' | 'send' | 'revise'>(
  'legal_review_matter',
  {
    read: (p, r) => p.can('legal-advisers.read', r),
    send: (p, r) => p.can('legal-review.send', r),
    revise: (p, r) => p.can('legal-review.send', r),
  },
  {
    read: (r) => `查看${r.bodyName}的合法性审查事项`,
    send: (r) => `为${r.bodyName}报送合法性审查`,
    revise: (r) => `为${r.bodyName}按审查意见修改送审事项`,
  },
);

export const legalReviewMeetingPolicy = definePolicy<UnitRecord, 'read' | 'record'>(
  'legal_review_meeting',
  {
    read: (p, r) => p.can('legal-advisers.read', r),
    record: (p, r) => p.can('legal-review.meeting', r),
  },
  {
    read: (r) => `查看${r.bodyName}的常务会议议程`,
    record: (r) => `记录${r.bodyName}常务会议议程`,
  },
);

/** Statistics over the registry and the reviews, refused before anything is read to someone who reads no unit's. */
export const legalAdviserRegisterPolicy = definePolicy<null, 'readStatistics'>(
  'legal_adviser_register',
  { readStatistics: (p) => p.holds('legal-advisers.read') },
  { readStatistics: '查看法律顾问与合法性审查统计' },
);
