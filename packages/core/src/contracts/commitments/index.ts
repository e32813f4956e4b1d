// The answers of the 告知承诺制 module: the items that allow certification by commitment, the matters handled that
// way with their later check, and the year's figures with the records behind each.
import { z } from 'zod';
import {
  applicantKindLabels,
  checkResultLabels,
  commitmentListLabels,
  commitmentStatisticGroupLabels,
  commitmentStatisticKeys,
  falseCommitmentConsequenceLabels,
} from '../../commitments';
import { abilitiesOf, bodyStatisticsContractsOf, choice, isoDate, keysOf, pageOf } from '../platform/common';

const unit = z.object({ id: z.string(), name: z.string() });

export const commitmentItem = z.object({
  id: z.string(),
  bodyOrgId: z.string(),
  bodyName: z.string(),
  list: keysOf(commitmentListLabels),
  listLabel: z.string(),
  itemCode: z.string(),
  itemName: z.string(),
  basis: z.string(),
  commitmentContent: z.string(),
  allowedFrom: isoDate,
  matterCount: z.number(),
  isDemo: z.boolean(),
  /** why the item is no longer in the list in force at the body, derived from today (null: it still is, or the region does not check) */
  itemWarning: z.string().nullable(),
});
export type CommitmentItem = z.infer<typeof commitmentItem>;

export const commitmentItems = z.object({
  items: z.array(commitmentItem),
  /** the bodies the reader may record for */
  bodies: z.array(unit),
  lists: z.array(choice),
});
export type CommitmentItems = z.infer<typeof commitmentItems>;

export const createdCommitmentRecord = z.object({ id: z.string() });

export const commitmentActions = ['read', 'record', 'check'] as const;

export const commitmentMatterRow = z.object({
  id: z.string(),
  bodyName: z.string(),
  itemCode: z.string(),
  itemName: z.string(),
  applicantKind: keysOf(applicantKindLabels),
  applicantName: z.string(),
  /** 统一社会信用代码 of an organisation, or the masked 身份证号 of a person */
  applicantIdentifier: z.string().nullable(),
  handledOn: isoDate,
  checkedOn: isoDate.nullable(),
  checkResult: keysOf(checkResultLabels).nullable(),
  checkResultLabel: z.string(),
  isDemo: z.boolean(),
});
export type CommitmentMatterRow = z.infer<typeof commitmentMatterRow>;

export const commitmentMatterPage = pageOf(commitmentMatterRow).extend({
  /** the items the reader may record a matter under */
  recordableItems: z.array(z.object({ id: z.string(), label: z.string() })),
});
export type CommitmentMatterPage = z.infer<typeof commitmentMatterPage>;

export const commitmentMatter = commitmentMatterRow.extend({
  listLabel: z.string(),
  basis: z.string(),
  applicantMobile: z.string().nullable(),
  commitment: z.string(),
  checkNote: z.string().nullable(),
  consequences: z.array(keysOf(falseCommitmentConsequenceLabels)),
  consequenceLabels: z.array(z.string()),
  consequenceNote: z.string().nullable(),
  abilities: abilitiesOf(commitmentActions),
});
export type CommitmentMatter = z.infer<typeof commitmentMatter>;

const statistics = bodyStatisticsContractsOf(commitmentStatisticKeys, commitmentStatisticGroupLabels);
export const commitmentStatistics = statistics.figures;
export type CommitmentStatistics = z.infer<typeof commitmentStatistics>;
export const commitmentStatisticRecord = statistics.record;
export type CommitmentStatisticRecord = z.infer<typeof commitmentStatisticRecord>;
export const commitmentStatisticRecords = statistics.records;
export type CommitmentStatisticRecords = z.infer<typeof commitmentStatisticRecords>;
