// The answers of the 行政应诉 module: the suits an agency defends with their hearings and the head's appearance, the
// recommendations courts and procuratorates send, and the figures with the records behind each.
import { z } from 'zod';
import {
  absenceReasonLabels,
  appearanceLabels,
  callGroundLabels,
  headPostLabels,
  instanceLabels,
  litigationStatisticGroupLabels,
  litigationStatisticKeys,
  recommendationSourceLabels,
  suitOutcomeLabels,
  suitStatusLabels,
} from '../../litigation';
import { abilitiesOf, bodyStatisticsContractsOf, isoDate, keysOf, pageOf, statisticFigureOf } from '../platform/common';
import { recordDeadline } from '../platform/deadlines';

const unit = z.object({ id: z.string(), name: z.string() });

export const suitActions = [
  'read',
  'serve',
  'defend',
  'hearing',
  'appearance',
  'decide',
  'conclude',
  'perform',
] as const;
export const recommendationActions = ['read', 'reply'] as const;

export const suitRow = z.object({
  id: z.string(),
  bodyOrgId: z.string(),
  bodyName: z.string(),
  courtName: z.string(),
  suitNumber: z.string(),
  instance: keysOf(instanceLabels),
  instanceLabel: z.string(),
  suitCause: z.string(),
  plaintiffs: z.string(),
  filedOn: isoDate,
  status: keysOf(suitStatusLabels),
  statusLabel: z.string(),
  outcome: keysOf(suitOutcomeLabels).nullable(),
  outcomeLabel: z.string().nullable(),
  /** the next hearing not yet held, if any */
  nextHearingOn: isoDate.nullable(),
  /** the head must appear (the court called, or the region's rule) and has not yet */
  headNeeded: z.boolean(),
  headAppeared: z.boolean(),
  isDemo: z.boolean(),
});
export type SuitRow = z.infer<typeof suitRow>;

export const suitPage = pageOf(suitRow).extend({
  /** the agencies the reader may record a suit for */
  bodies: z.array(unit),
});
export type SuitPage = z.infer<typeof suitPage>;

export const suitHearing = z.object({
  id: z.string(),
  hearingOn: isoDate,
  courtRoom: z.string(),
  noticeServedOn: isoDate.nullable(),
  /** the court's appearance notice served fewer than three days before the hearing (法释〔2020〕3号 第五条) */
  noticeLate: z.boolean(),
  appearance: keysOf(appearanceLabels).nullable(),
  appearanceLabel: z.string().nullable(),
  headName: z.string().nullable(),
  headPost: keysOf(headPostLabels).nullable(),
  headPostLabel: z.string().nullable(),
  certificateOn: isoDate.nullable(),
  absenceReason: keysOf(absenceReasonLabels).nullable(),
  absenceReasonLabel: z.string().nullable(),
  absenceProof: z.string().nullable(),
  standInName: z.string().nullable(),
  standInPost: z.string().nullable(),
});
export type SuitHearing = z.infer<typeof suitHearing>;

export const suitParty = z.object({
  id: z.string(),
  role: z.string(),
  roleLabel: z.string(),
  kind: z.string(),
  name: z.string(),
  idNumberMasked: z.string().nullable(),
  creditCode: z.string().nullable(),
  phoneMasked: z.string().nullable(),
});

export const litigationSuit = suitRow.extend({
  handlerName: z.string(),
  contestedAct: z.string(),
  contestedLink: z.string().nullable(),
  major: z.boolean(),
  groupSuit: z.boolean(),
  compensation: z.boolean(),
  courtCalledGrounds: z.array(keysOf(callGroundLabels)),
  courtCalledLabels: z.array(z.string()),
  /** why the head must appear, each with its source (empty when nothing requires it) */
  headRequiredReasons: z.array(z.string()),
  previousSuitId: z.string().nullable(),
  parties: z.array(suitParty),
  complaintServedOn: isoDate.nullable(),
  defenceSubmittedOn: isoDate.nullable(),
  defenceLate: z.boolean(),
  evidenceNote: z.string().nullable(),
  hearings: z.array(suitHearing),
  outcomeOn: isoDate.nullable(),
  outcomeServedOn: isoDate.nullable(),
  outcomeBasis: z.string().nullable(),
  outcomeLost: z.boolean().nullable(),
  outcomeNote: z.string().nullable(),
  appealed: z.boolean().nullable(),
  appealedBy: z.string().nullable(),
  concludedOn: isoDate.nullable(),
  performedOn: isoDate.nullable(),
  performanceNote: z.string().nullable(),
  deadlines: z.array(recordDeadline),
  abilities: abilitiesOf(suitActions),
});
export type LitigationSuit = z.infer<typeof litigationSuit>;

export const createdLitigationRecord = z.object({ id: z.string() });

export const recommendationRow = z.object({
  id: z.string(),
  bodyOrgId: z.string(),
  bodyName: z.string(),
  source: keysOf(recommendationSourceLabels),
  sourceLabel: z.string(),
  issuer: z.string(),
  recommendationNumber: z.string(),
  receivedOn: isoDate,
  content: z.string(),
  suitId: z.string().nullable(),
  suitNumber: z.string().nullable(),
  dueOn: isoDate.nullable(),
  repliedOn: isoDate.nullable(),
  replyText: z.string().nullable(),
  replyLate: z.boolean(),
  isDemo: z.boolean(),
  abilities: abilitiesOf(recommendationActions),
});
export type RecommendationRow = z.infer<typeof recommendationRow>;
export const recommendationPage = pageOf(recommendationRow).extend({ bodies: z.array(unit) });
export type RecommendationPage = z.infer<typeof recommendationPage>;

// the answers of a statistics over bodies' records, its figures carrying a rate's null value, numerator and
// denominator (败诉率, 出庭率) and a record whether it counts in a rate's numerator
const statistics = bodyStatisticsContractsOf(litigationStatisticKeys, litigationStatisticGroupLabels);
export const litigationStatistics = statistics.figures.extend({
  figures: z.array(statisticFigureOf(litigationStatisticKeys, litigationStatisticGroupLabels)),
});
export type LitigationStatistics = z.infer<typeof litigationStatistics>;
export const litigationStatisticRecord = statistics.record.extend({ inNumerator: z.boolean().optional() });
export type LitigationStatisticRecord = z.infer<typeof litigationStatisticRecord>;
export const litigationStatisticRecords = statistics.records.extend({ items: z.array(litigationStatisticRecord) });
export type LitigationStatisticRecords = z.infer<typeof litigationStatisticRecords>;
