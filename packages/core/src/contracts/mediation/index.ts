// The answers of the mediation module: the people's mediation committees with their mediators and what is wrong
// with their make-up today, the disputes mediated (by a committee or a department) with their parties, sessions and
// outcome, and the year's figures with the records behind each.
import { z } from 'zod';
import {
  agreementFormLabels,
  committeeKindLabels,
  confirmationResultLabels,
  disputeSourceLabels,
  disputeStatusLabels,
  linkedProcedureLabels,
  mediationKindLabels,
  mediationStatisticGroupLabels,
  mediationStatisticKeys,
  mediatorPostLabels,
  performanceLabels,
} from '../../mediation';
import { abilitiesOf, bodyStatisticsContractsOf, isoDate, keysOf, pageOf } from '../platform/common';

const unit = z.object({ id: z.string(), name: z.string() });

export const mediator = z.object({
  id: z.string(),
  name: z.string(),
  post: keysOf(mediatorPostLabels),
  postLabel: z.string(),
  gender: z.enum(['female', 'male']),
  since: isoDate,
});
export type Mediator = z.infer<typeof mediator>;

export const mediationCommittee = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  name: z.string(),
  kind: keysOf(committeeKindLabels),
  kindLabel: z.string(),
  electedOn: isoDate.nullable(),
  address: z.string().nullable(),
  mediators: z.array(mediator),
  /** the make-up and term against 人民调解法 第八条、第九条 as of today */
  problems: z.array(z.object({ rule: z.string(), message: z.string(), basis: z.string() })),
  disputeCount: z.number(),
  canRecord: z.boolean(),
  isDemo: z.boolean(),
});
export type MediationCommittee = z.infer<typeof mediationCommittee>;

export const mediationCommittees = z.object({
  items: z.array(mediationCommittee),
  /** the units under which the reader may register a committee or a dispute */
  units: z.array(unit),
});
export type MediationCommittees = z.infer<typeof mediationCommittees>;

export const createdMediationRecord = z.object({ id: z.string() });

export const mediationActions = ['read', 'record'] as const;

export const mediationDisputeRow = z.object({
  id: z.string(),
  number: z.string(),
  kind: keysOf(mediationKindLabels),
  kindLabel: z.string(),
  orgName: z.string(),
  committeeName: z.string().nullable(),
  disputeType: z.string(),
  summary: z.string(),
  registeredOn: isoDate,
  status: keysOf(disputeStatusLabels),
  statusLabel: z.string(),
  major: z.boolean(),
  agreementAmountYuan: z.number().nullable(),
  /** an agreement whose performance day has passed with no performance recorded (第三十一条第二款), as of today */
  performanceOverdue: z.boolean(),
  isDemo: z.boolean(),
});
export type MediationDisputeRow = z.infer<typeof mediationDisputeRow>;

export const mediationDisputePage = pageOf(mediationDisputeRow).extend({
  /** the committees and units the reader may register a dispute with, and the region's dispute types */
  committees: z.array(z.object({ id: z.string(), label: z.string() })),
  units: z.array(unit),
  disputeTypes: z.array(z.string()),
});
export type MediationDisputePage = z.infer<typeof mediationDisputePage>;

const party = z.object({
  id: z.string(),
  role: z.string(),
  roleLabel: z.string(),
  kind: z.enum(['person', 'organisation']),
  name: z.string(),
  idNumberMasked: z.string().nullable(),
  creditCode: z.string().nullable(),
  phoneMasked: z.string().nullable(),
  address: z.string().nullable(),
});

export const mediationDispute = mediationDisputeRow.extend({
  source: keysOf(disputeSourceLabels),
  sourceLabel: z.string(),
  mediators: z.string(),
  linked: z.object({ procedure: keysOf(linkedProcedureLabels), label: z.string(), reference: z.string() }).nullable(),
  parties: z.array(party),
  sessions: z.array(
    z.object({ id: z.string(), heldOn: isoDate, place: z.string(), mediators: z.string(), record: z.string() }),
  ),
  agreement: z
    .object({
      form: keysOf(agreementFormLabels),
      formLabel: z.string(),
      effectiveOn: isoDate,
      effectBasis: z.string(),
      content: z.string(),
      performanceDue: isoDate.nullable(),
      /** the parties' thirty days for 司法确认 (第三十三条) from the calendar engine, with its explanation */
      confirmationDue: isoDate,
      confirmationExplanation: z.array(z.string()),
      performance: keysOf(performanceLabels).nullable(),
      performanceLabel: z.string().nullable(),
      performanceOn: isoDate.nullable(),
      performanceNote: z.string().nullable(),
      confirmation: z
        .object({
          appliedOn: isoDate,
          court: z.string(),
          result: keysOf(confirmationResultLabels).nullable(),
          resultLabel: z.string().nullable(),
          decidedOn: isoDate.nullable(),
        })
        .nullable(),
    })
    .nullable(),
  ending: z.object({ endedOn: isoDate, reason: z.string(), remediesTold: z.boolean() }).nullable(),
  abilities: abilitiesOf(mediationActions),
});
export type MediationDispute = z.infer<typeof mediationDispute>;

const statistics = bodyStatisticsContractsOf(mediationStatisticKeys, mediationStatisticGroupLabels);
export const mediationStatistics = statistics.figures;
export type MediationStatistics = z.infer<typeof mediationStatistics>;
export const mediationStatisticRecord = statistics.record;
export type MediationStatisticRecord = z.infer<typeof mediationStatisticRecord>;
export const mediationStatisticRecords = statistics.records;
export type MediationStatisticRecords = z.infer<typeof mediationStatisticRecords>;
