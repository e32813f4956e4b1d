// The answers of the legal-advisers module: the registry of 法律顾问 and 公职律师 with their contracts' standing and
// engagements, the matters units send to the legality-review desk (contracts, meeting topics, other documents) with
// each round's opinion, and the government's meetings with the topics put on the agenda.
import { z } from 'zod';
import {
  adviserKindLabels,
  adviserLevelLabels,
  contractKindLabels,
  contractStandingLabels,
  engagementKindLabels,
  legalAdviserStatisticGroupLabels,
  legalAdviserStatisticKeys,
  reviewMatterKindLabels,
  reviewStandingLabels,
} from '../../legal-advisers';
import { bodyStatisticsContractsOf, choice, isoDate, keysOf } from '../platform/common';

const unit = z.object({ id: z.string(), name: z.string(), kind: z.string() });

export const legalAdviser = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  level: keysOf(adviserLevelLabels),
  levelLabel: z.string(),
  communityName: z.string().nullable(),
  kind: keysOf(adviserKindLabels),
  kindLabel: z.string(),
  name: z.string(),
  firm: z.string().nullable(),
  licenceNumber: z.string().nullable(),
  certificateNumber: z.string().nullable(),
  contractFrom: isoDate.nullable(),
  contractUntil: isoDate.nullable(),
  feeYuan: z.number().nullable(),
  serviceScope: z.string().nullable(),
  /** derived from today and the region's warning days (null for a 公职律师 without a contract) */
  standing: keysOf(contractStandingLabels).nullable(),
  standingLabel: z.string().nullable(),
  daysLeft: z.number().nullable(),
  engagementCount: z.number(),
  isDemo: z.boolean(),
});
export type LegalAdviser = z.infer<typeof legalAdviser>;

export const legalAdviserList = z.object({
  items: z.array(legalAdviser),
  /** the units the reader may register advisers for */
  units: z.array(unit),
  levels: z.array(choice),
  kinds: z.array(choice),
  warnDays: z.number(),
});
export type LegalAdviserList = z.infer<typeof legalAdviserList>;

export const legalAdviserEngagement = z.object({
  id: z.string(),
  adviserId: z.string(),
  adviserName: z.string(),
  unitName: z.string(),
  kind: keysOf(engagementKindLabels),
  kindLabel: z.string(),
  matter: z.string(),
  engagedOn: isoDate,
  opinion: z.string(),
  signedOn: isoDate,
  isDemo: z.boolean(),
});
export type LegalAdviserEngagement = z.infer<typeof legalAdviserEngagement>;
export const legalAdviserEngagements = z.object({
  items: z.array(legalAdviserEngagement),
  kinds: z.array(choice),
});
export type LegalAdviserEngagements = z.infer<typeof legalAdviserEngagements>;

export const createdLegalAdviserRecord = z.object({ id: z.string() });

export const legalReviewMatterRow = z.object({
  id: z.string(),
  kind: keysOf(reviewMatterKindLabels),
  kindLabel: z.string(),
  contractKind: keysOf(contractKindLabels).nullable(),
  contractKindLabel: z.string().nullable(),
  title: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  standing: keysOf(reviewStandingLabels),
  standingLabel: z.string(),
  /** the latest round's submission and, while it runs, its deadline */
  submittedOn: isoDate.nullable(),
  due: isoDate.nullable(),
  concludedOn: isoDate.nullable(),
  isDemo: z.boolean(),
});
export type LegalReviewMatterRow = z.infer<typeof legalReviewMatterRow>;
export const legalReviewMatterList = z.object({
  items: z.array(legalReviewMatterRow),
  /** the units the reader may send matters for */
  units: z.array(unit),
  kinds: z.array(choice),
  contractKinds: z.array(choice),
});
export type LegalReviewMatterList = z.infer<typeof legalReviewMatterList>;

export const legalReviewRound = z.object({
  reviewId: z.string(),
  round: z.number(),
  submittedOn: isoDate,
  reviewerName: z.string(),
  due: isoDate.nullable(),
  dueBasis: z.string().nullable(),
  concludedOn: isoDate.nullable(),
  late: z.boolean().nullable(),
  result: z.string().nullable(),
  resultLabel: z.string().nullable(),
  opinion: z.string().nullable(),
  opinionCount: z.number().nullable(),
  counsel: z.array(z.object({ name: z.string(), roleLabel: z.string(), adviserId: z.string().nullable() })),
  revision: z.object({ revisedOn: isoDate, explanation: z.string() }).nullable(),
});
export type LegalReviewRound = z.infer<typeof legalReviewRound>;

export const legalReviewMatter = legalReviewMatterRow.extend({
  counterparty: z.string().nullable(),
  amountYuan: z.number().nullable(),
  text: z.string(),
  annexes: z.string().nullable(),
  ownReview: z.string(),
  rounds: z.array(legalReviewRound),
  abilities: z.object({ send: z.boolean(), revise: z.boolean() }),
});
export type LegalReviewMatter = z.infer<typeof legalReviewMatter>;

export const legalReviewMeeting = z.object({
  id: z.string(),
  unitName: z.string(),
  title: z.string(),
  heldOn: isoDate,
  topics: z.array(z.object({ matterId: z.string(), title: z.string(), standingLabel: z.string() })),
  isDemo: z.boolean(),
});
export type LegalReviewMeeting = z.infer<typeof legalReviewMeeting>;
export const legalReviewMeetingList = z.object({
  items: z.array(legalReviewMeeting),
  /** the units whose meetings the reader records */
  units: z.array(unit),
  reviewRequired: z.boolean(),
});
export type LegalReviewMeetingList = z.infer<typeof legalReviewMeetingList>;

const statistics = bodyStatisticsContractsOf(legalAdviserStatisticKeys, legalAdviserStatisticGroupLabels);
export const legalAdviserStatistics = statistics.figures;
export type LegalAdviserStatistics = z.infer<typeof legalAdviserStatistics>;
export const legalAdviserStatisticRecord = statistics.record;
export type LegalAdviserStatisticRecord = z.infer<typeof legalAdviserStatisticRecord>;
export const legalAdviserStatisticRecords = statistics.records;
export type LegalAdviserStatisticRecords = z.infer<typeof legalAdviserStatisticRecords>;
