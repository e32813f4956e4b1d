// @fazhi/core/commitments: 告知承诺制 — certification by commitment (证明事项和涉企经营许可事项告知承诺制, seed 002
// task 2): which list an item allowing it comes from, who the applicant is, what a later check finds, what follows
// a false commitment, and the year's figures counted from the records (seed 003: 561 matters in 2022).
import type { ItemLink } from '../power-lists/links';

export const commitmentBasis =
  '《国务院办公厅关于全面推行证明事项和涉企经营许可事项告知承诺制的指导意见》（国办发〔2020〕42号）';

/** The region's list that names the item (by its code, 事项编码); the lists themselves are the powers-list module's. */
export const commitmentListLabels = {
  certificate: '证明事项清单',
  business_permit: '涉企经营许可事项清单',
  permit: '行政许可事项清单',
} as const;
export type CommitmentList = keyof typeof commitmentListLabels;

/** The region's list (power-lists `links.ts`) whose item an item allowing commitment names by its code. */
export const commitmentItemLinks = {
  certificate: { listKind: 'certification' },
  business_permit: { listKind: 'business_licensing' },
  permit: { listKind: 'licensing' },
} as const satisfies Record<CommitmentList, ItemLink>;
export const commitmentLists = Object.keys(commitmentListLabels) as CommitmentList[];

export const applicantKindLabels = { person: '自然人', organisation: '法人或者其他组织' } as const;
export type ApplicantKind = keyof typeof applicantKindLabels;

export const checkResultLabels = { kept: '承诺属实', false: '承诺不实' } as const;
export type CheckResult = keyof typeof checkResultLabels;

/** 42号: 对申请人承诺不实的，依法终止办理、责令限期整改、撤销行政决定或者予以行政处罚，并纳入信用记录. */
export const falseCommitmentConsequenceLabels = {
  terminated: '终止办理',
  rectification: '责令限期整改',
  revoked: '撤销行政决定',
  penalty: '依法予以行政处罚',
  credit_record: '纳入信用记录',
} as const;
export type FalseCommitmentConsequence = keyof typeof falseCommitmentConsequenceLabels;
export const falseCommitmentConsequences = Object.keys(
  falseCommitmentConsequenceLabels,
) as FalseCommitmentConsequence[];

/** What a check may record: a kept commitment has no consequence; a false one has at least one. */
export function checkProblems(
  result: CheckResult,
  consequences: readonly FalseCommitmentConsequence[],
): { field: 'consequences'; message: string }[] {
  if (result === 'kept' && consequences.length)
    return [{ field: 'consequences', message: '承诺属实的，不应记录失信后果' }];
  if (result === 'false' && consequences.length === 0)
    return [{ field: 'consequences', message: `承诺不实的，应当记录处理结果（${commitmentBasis}）` }];
  return [];
}

/** The year's figures: each the count of its records in the period, by the date that counts. */
export const commitmentStatisticKeys = ['handled', 'checked', 'found_false'] as const;
export type CommitmentStatisticKey = (typeof commitmentStatisticKeys)[number];

export const commitmentStatisticGroupLabels = { commitments: '告知承诺制' } as const;

export const commitmentStatisticDefinitions: readonly {
  key: CommitmentStatisticKey;
  label: string;
  group: keyof typeof commitmentStatisticGroupLabels;
  unit: '件';
  definition: string;
  basis: string;
  countedDate: string;
}[] = [
  {
    key: 'handled',
    label: '通过告知承诺制办理的事项',
    group: 'commitments',
    unit: '件',
    definition: '申请人作出书面承诺、行政机关据此办理的事项件数',
    basis: commitmentBasis,
    countedDate: '办理日期',
  },
  {
    key: 'checked',
    label: '已核查承诺的事项',
    group: 'commitments',
    unit: '件',
    definition: '办理后对申请人承诺内容进行核查并记录结果的事项件数',
    basis: commitmentBasis,
    countedDate: '核查日期',
  },
  {
    key: 'found_false',
    label: '核查发现承诺不实的事项',
    group: 'commitments',
    unit: '件',
    definition: '核查发现承诺不实并记录处理结果（终止办理、撤销行政决定、纳入信用记录等）的事项件数',
    basis: commitmentBasis,
    countedDate: '核查日期',
  },
];

export const commitmentStatisticDefinition = (key: CommitmentStatisticKey) =>
  commitmentStatisticDefinitions.find((d) => d.key === key)!;
