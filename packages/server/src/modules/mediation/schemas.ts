// Request schemas of the mediation module (zod; OpenAPI comes from them). A party's identifiers are checked by
// core's rules through the shared case record (身份证号 GB 11643, 统一社会信用代码 GB 32100, 手机号).
import {
  agreementFormLabels,
  committeeKinds,
  confirmationResultLabels,
  disputeSources,
  linkedProcedures,
  mediationKinds,
  mediatorPosts,
  performanceLabels,
  type AgreementForm,
  type ConfirmationResult,
  type Performance,
} from '@fazhi/core/mediation';
import { partyKinds } from '@fazhi/core/cases';
import { z } from 'zod';
import { isoDate } from '../../platform/http/iso-date';
import { text } from '../../platform/http/text';
import { pageFields } from '../../platform/db/paginate';
import { statisticsQueryFields } from '../../platform/statistics';

export const uuid = z.uuid('标识格式不正确');
export const idParams = z.object({ id: uuid });

export const registerCommitteeBody = z.object({
  committeeUnitId: uuid,
  committeeName: text('调解组织名称', 100),
  committeeKind: z.enum(committeeKinds, { error: '调解组织类型不正确（人民调解法第八条、第三十四条）' }),
  electedOn: isoDate('本届委员推选日期').optional(),
  committeeAddress: text('调解组织地址', 200).optional(),
});
export type RegisterCommitteeBody = z.infer<typeof registerCommitteeBody>;

export const addMediatorBody = z.object({
  mediatorName: text('调解员姓名', 50),
  mediatorGender: z.enum(['female', 'male'], { error: '调解员性别应为女或男' }),
  mediatorPost: z.enum(mediatorPosts, { error: '调解员职务应为主任、副主任、委员或聘任的人民调解员' }),
  mediatorSince: isoDate('任职日期').optional(),
});
export type AddMediatorBody = z.infer<typeof addMediatorBody>;

const partyBody = z.object({
  role: z.enum(['applicant', 'respondent'], { error: '当事人的身份应为申请人或被申请人' }),
  kind: z.enum(partyKinds, { error: '当事人类型应为自然人或者法人或者其他组织' }),
  name: text('当事人姓名或者名称', 100),
  idNumber: z.string().trim().max(18, '公民身份号码应为18位').optional(),
  creditCode: z.string().trim().max(18, '统一社会信用代码应为18位').optional(),
  phone: z.string().trim().max(11, '手机号码应为11位数字').optional(),
  address: text('住所或者联系地址', 200).optional(),
});

export const registerDisputeBody = z
  .object({
    mediationKind: z.enum(mediationKinds, { error: '调解类型应为人民调解或行政调解' }),
    committeeId: uuid.optional(),
    mediatingUnitId: uuid.optional(),
    disputeType: text('纠纷类型', 30),
    disputeSource: z.enum(disputeSources, { error: '纠纷来源不正确（人民调解法第十七条、第十八条）' }),
    disputeSummary: text('纠纷简要情况', 2000, true),
    majorDispute: z.boolean().default(false),
    registeredOn: isoDate('登记日期').optional(),
    assignedMediators: text('调解员', 200),
    linkedProcedure: z.enum(linkedProcedures, { error: '关联程序应为行政复议案件、人民法院案件或信访事项' }).optional(),
    linkedReference: text('关联案件编号', 100).optional(),
    disputeParties: z.array(partyBody).min(2, '至少登记两方当事人').max(50, '当事人不能超过50人'),
  })
  .superRefine((b, ctx) => {
    if (b.mediationKind === 'peoples' && !b.committeeId)
      ctx.addIssue({ code: 'custom', path: ['committeeId'], message: '人民调解应选择人民调解委员会' });
    if (b.mediationKind === 'administrative' && !b.mediatingUnitId)
      ctx.addIssue({ code: 'custom', path: ['mediatingUnitId'], message: '行政调解应选择调解机关' });
    if (Boolean(b.linkedProcedure) !== Boolean(b.linkedReference))
      ctx.addIssue({
        code: 'custom',
        path: [b.linkedProcedure ? 'linkedReference' : 'linkedProcedure'],
        message: '关联程序和关联案件编号应当一并填写',
      });
    if (!b.disputeParties.some((p) => p.role === 'applicant') || !b.disputeParties.some((p) => p.role === 'respondent'))
      ctx.addIssue({ code: 'custom', path: ['disputeParties'], message: '应当登记申请人和被申请人各至少一方' });
  });
export type RegisterDisputeBody = z.infer<typeof registerDisputeBody>;

export const recordSessionBody = z.object({
  sessionOn: isoDate('调解日期').optional(),
  sessionPlace: text('调解地点', 200),
  assignedMediators: text('调解员', 200),
  sessionRecord: text('调解情况记录', 5000, true),
});
export type RecordSessionBody = z.infer<typeof recordSessionBody>;

const forms = Object.keys(agreementFormLabels) as [AgreementForm, ...AgreementForm[]];

export const recordOutcomeBody = z.discriminatedUnion(
  'mediationOutcome',
  [
    z.object({
      mediationOutcome: z.literal('agreed'),
      agreementForm: z.enum(forms, { error: '协议形式应为调解协议书或口头协议' }),
      agreementEffectiveOn: isoDate('协议生效日期').optional(),
      agreementContent: text('协议内容', 5000, true),
      agreementAmountYuan: z
        .number({ error: '协议涉及金额应为数字' })
        .max(1e12, '协议涉及金额过大')
        .nullable()
        .default(null),
      performanceDue: isoDate('履行期限').optional(),
    }),
    z.object({
      mediationOutcome: z.literal('failed'),
      endedOn: isoDate('终止调解日期').optional(),
      endReason: text('终止调解的原因', 2000, true),
      remediesTold: z.boolean({ error: '请说明是否已告知其他救济途径' }),
    }),
    z.object({
      mediationOutcome: z.literal('refused'),
      endedOn: isoDate('终止调解日期').optional(),
      endReason: text('终止调解的原因', 2000, true),
    }),
  ],
  { error: '调解结果应为达成协议、调解不成或当事人拒绝调解' },
);
export type RecordOutcomeBody = z.infer<typeof recordOutcomeBody>;

export const recordPerformanceBody = z.object({
  performance: z.enum(Object.keys(performanceLabels) as [Performance, ...Performance[]], {
    error: '履行情况应为已履行、部分履行或未履行',
  }),
  performanceOn: isoDate('履行情况记录日期').optional(),
  agreementPerformanceNote: text('履行情况说明', 2000, true),
});
export type RecordPerformanceBody = z.infer<typeof recordPerformanceBody>;

export const recordConfirmationBody = z.object({
  confirmationAppliedOn: isoDate('申请司法确认日期'),
  confirmationCourt: text('受理司法确认的人民法院', 100),
  confirmationResult: z
    .enum(Object.keys(confirmationResultLabels) as [ConfirmationResult, ...ConfirmationResult[]], {
      error: '司法确认结果应为确认有效或确认无效',
    })
    .optional(),
  confirmationDecidedOn: isoDate('人民法院确认日期').optional(),
});
export type RecordConfirmationBody = z.infer<typeof recordConfirmationBody>;

export const disputesQuery = z.object({
  ...pageFields,
  status: z.enum(['mediating', 'agreed', 'failed', 'refused'], { error: '调解状态不正确' }).optional(),
  mediationKind: z.enum(mediationKinds, { error: '调解类型应为人民调解或行政调解' }).optional(),
  committeeId: uuid.optional(),
});

export const mediationStatisticsQuery = z.object({ ...statisticsQueryFields, mediatingUnitId: uuid.optional() });
