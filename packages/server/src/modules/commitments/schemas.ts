// Request schemas of 告知承诺制 (zod; OpenAPI comes from them). Identifiers are checked by core's rules: a person's
// 身份证号 (GB 11643) and 手机号, an organisation's 统一社会信用代码 (GB 32100).
import {
  applicantKindLabels,
  checkResultLabels,
  commitmentLists,
  falseCommitmentConsequences,
  type ApplicantKind,
} from '@fazhi/core/commitments';
import { isValidIdNumber, isValidMobile, isValidUscc } from '@fazhi/core/identifiers';
import { z } from 'zod';
import { isoDate } from '../../platform/http/iso-date';
import { text } from '../../platform/http/text';
import { pageFields } from '../../platform/db/paginate';
import { statisticsQueryFields } from '../../platform/statistics';
import { singleItemCode as itemCode } from '../../platform/http/item-code';

export const uuid = z.uuid('标识格式不正确');
export const idParams = z.object({ id: uuid });

export const addItemBody = z.object({
  handlingBodyId: uuid,
  list: z.enum(commitmentLists, { error: '所属清单应为证明事项清单、涉企经营许可事项清单或行政许可事项清单' }),
  itemCode,
  itemName: text('事项名称', 200),
  legalBasis: text('法律依据', 2000, true),
  commitmentContent: text('承诺内容', 2000, true),
  allowedFrom: isoDate('实行告知承诺制的日期'),
});
export type AddItemBody = z.infer<typeof addItemBody>;

const kinds = Object.keys(applicantKindLabels) as [ApplicantKind, ...ApplicantKind[]];

export const recordMatterBody = z
  .object({
    commitmentItemId: uuid,
    applicantKind: z.enum(kinds, { error: '申请人类型应为自然人或法人或者其他组织' }),
    applicantName: text('申请人名称', 100),
    idNumber: z.string().trim().refine(isValidIdNumber, '身份证号码不正确（GB 11643）').optional(),
    mobile: z.string().trim().refine(isValidMobile, '手机号码格式不正确').optional(),
    uscc: z.string().trim().toUpperCase().refine(isValidUscc, '统一社会信用代码不正确（GB 32100）').optional(),
    handledOn: isoDate('办理日期').optional(),
    commitment: text('申请人的承诺', 2000, true),
  })
  .superRefine((b, ctx) => {
    if (b.applicantKind === 'person' && !b.idNumber)
      ctx.addIssue({ code: 'custom', path: ['idNumber'], message: '申请人为自然人的，请填写身份证号码' });
    if (b.applicantKind === 'organisation' && !b.uscc)
      ctx.addIssue({ code: 'custom', path: ['uscc'], message: '申请人为法人或者其他组织的，请填写统一社会信用代码' });
  });
export type RecordMatterBody = z.infer<typeof recordMatterBody>;

export const checkMatterBody = z.object({
  checkedOn: isoDate('核查日期').optional(),
  checkResult: z.enum(Object.keys(checkResultLabels) as ['kept', 'false'], { error: '核查结果应为承诺属实或承诺不实' }),
  checkNote: text('核查情况', 2000, true),
  consequences: z
    .array(z.enum(falseCommitmentConsequences, { error: '处理结果不在国办发〔2020〕42号列明的范围内' }))
    .max(5)
    .default([]),
  consequenceNote: text('处理情况说明', 2000, true).optional(),
});
export type CheckMatterBody = z.infer<typeof checkMatterBody>;

export const mattersQuery = z.object({
  ...pageFields,
  commitmentItemId: uuid.optional(),
  checkResult: z.enum(['unchecked', 'kept', 'false'], { error: '核查结果应为未核查、承诺属实或承诺不实' }).optional(),
});

export const commitmentStatisticsQuery = z.object({ ...statisticsQueryFields, handlingBodyId: uuid.optional() });
