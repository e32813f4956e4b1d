// Request schemas of the legal-advisers module (zod; OpenAPI comes from them). Free text through the platform's
// `text` (invisible characters refused, naming the field).
import {
  adviserKinds,
  adviserLevels,
  contractKinds,
  engagementKinds,
  reviewMatterKinds,
} from '@fazhi/core/legal-advisers';
import { counselRoles, reviewResults } from '@fazhi/core/participation';
import { z } from 'zod';
import { isoDate } from '../../platform/http/iso-date';
import { text } from '../../platform/http/text';

export const uuid = z.uuid('标识格式不正确');
export const idParams = z.object({ id: uuid });

const yuan = (label: string) =>
  z
    .number({ error: `${label}应为数字` })
    .min(0, `${label}不能为负数`)
    .max(1e13, `${label}过大`)
    .refine((n) => Math.round(n * 100) === n * 100, `${label}最多保留两位小数`);

export const registerAdviserBody = z
  .object({
    adviserUnitId: uuid,
    adviserLevel: z.enum(adviserLevels, { error: '层级应为区（县）政府、政府工作部门、乡镇（街道）、行政村或社区' }),
    communityName: text('村（社区）名称', 100).optional(),
    adviserKind: z.enum(adviserKinds, { error: '类别应为法律顾问或公职律师' }),
    adviserName: text('姓名', 50),
    lawFirm: text('所在律师事务所或单位', 200).optional(),
    lawyerLicenceNumber: z
      .string()
      .trim()
      .regex(/^\d{17}$/, '律师执业证号应为17位数字')
      .optional(),
    publicLawyerCertificate: text('公职律师证号', 50).optional(),
    contractFrom: isoDate('聘用起始日期').optional(),
    contractUntil: isoDate('聘用截止日期').optional(),
    contractFeeYuan: yuan('顾问费').optional(),
    serviceScope: text('服务范围', 2000, true).optional(),
  })
  .superRefine((b, ctx) => {
    if (b.adviserKind === 'public_lawyer' && !b.publicLawyerCertificate)
      ctx.addIssue({ code: 'custom', path: ['publicLawyerCertificate'], message: '请填写公职律师证号' });
    if (b.adviserKind === 'legal_adviser') {
      if (!b.contractFrom)
        ctx.addIssue({ code: 'custom', path: ['contractFrom'], message: '外聘法律顾问请填写聘用起始日期' });
      if (!b.contractUntil)
        ctx.addIssue({ code: 'custom', path: ['contractUntil'], message: '外聘法律顾问请填写聘用截止日期' });
      if (!b.serviceScope) ctx.addIssue({ code: 'custom', path: ['serviceScope'], message: '请填写服务范围' });
    }
    if (b.contractFrom && b.contractUntil && b.contractUntil < b.contractFrom)
      ctx.addIssue({ code: 'custom', path: ['contractUntil'], message: '聘用截止日期不能早于起始日期' });
  });
export type RegisterAdviserBody = z.infer<typeof registerAdviserBody>;

export const recordEngagementBody = z
  .object({
    engagementKind: z.enum(engagementKinds, { error: '参与事项类型不正确' }),
    engagementMatter: text('参与事项', 200),
    engagedOn: isoDate('参与日期').optional(),
    adviserOpinion: text('法律意见', 10000, true),
    signedOn: isoDate('签署日期').optional(),
  })
  .superRefine((b, ctx) => {
    if (b.engagedOn && b.signedOn && b.signedOn < b.engagedOn)
      ctx.addIssue({ code: 'custom', path: ['signedOn'], message: '签署日期不能早于参与日期' });
  });
export type RecordEngagementBody = z.infer<typeof recordEngagementBody>;

export const engagementsQuery = z.object({ adviserId: uuid.optional() });

export const sendMatterBody = z
  .object({
    reviewKind: z.enum(reviewMatterKinds, { error: '送审事项类型应为合同、常务会议议题或其他文件' }),
    contractKind: z.enum(contractKinds, { error: '合同类型不正确' }).optional(),
    sendingUnitId: uuid,
    matterTitle: text('送审事项名称', 200),
    counterparty: text('合同相对方', 200).optional(),
    amountYuan: yuan('涉及款额').optional(),
    matterText: text('送审文本', 100000, true),
    annexDescription: text('附件说明', 4000, true).optional(),
    ownReview: text('送审单位自审意见', 4000, true),
    submittedOn: isoDate('报送日期').optional(),
  })
  .superRefine((b, ctx) => {
    if (b.reviewKind === 'contract' && !b.contractKind)
      ctx.addIssue({ code: 'custom', path: ['contractKind'], message: '请选择合同类型' });
    if (b.reviewKind !== 'contract' && b.contractKind)
      ctx.addIssue({ code: 'custom', path: ['contractKind'], message: '只有合同填写合同类型' });
    if (b.reviewKind === 'contract' && !b.counterparty)
      ctx.addIssue({ code: 'custom', path: ['counterparty'], message: '请填写合同相对方' });
  });
export type SendMatterBody = z.infer<typeof sendMatterBody>;

export const resubmitBody = z.object({
  matterText: text('送审文本', 100000, true),
  revisionNote: text('修改情况说明', 4000, true),
  submittedOn: isoDate('报送日期').optional(),
});
export type ResubmitBody = z.infer<typeof resubmitBody>;

export const reviseBody = z.object({
  matterText: text('送审文本', 100000, true),
  revisionNote: text('修改情况说明', 4000, true),
  revisedOn: isoDate('修改日期').optional(),
});
export type ReviseBody = z.infer<typeof reviseBody>;

/** The shared review form's body, with the individual opinions counted and the counsel named from the registry. */
export const reviewBody = z.object({
  checklist: z.array(
    z.object({
      item: z.string().max(40),
      finding: z.enum(['ok', 'problem'], { error: '审查结论应为“无问题”或“存在问题”' }),
      note: text('存在的问题', 2000, true).optional(),
    }),
  ),
  opinion: text('审查意见', 10000, true),
  result: z.enum(reviewResults, { error: '审查结果应为审核通过、修改后通过或审核不通过' }),
  counsel: z
    .array(
      z.object({
        name: text('法律顾问或公职律师姓名', 50),
        role: z.enum(counselRoles, { error: '应为法律顾问或公职律师' }),
        adviserId: uuid.optional(),
      }),
    )
    .max(20),
  opinionCount: z
    .number({ error: '审核意见条数应为整数' })
    .int('审核意见条数应为整数')
    .min(0, '审核意见条数不能为负数')
    .max(1000, '审核意见条数过大'),
  concludedOn: isoDate('审查日期').optional(),
  earlyReason: text('提前办结的理由', 2000, true).optional(),
});
export type ReviewBody = z.infer<typeof reviewBody>;

export const recordMeetingBody = z.object({
  meetingUnitId: uuid,
  meetingTitle: text('会议名称', 200),
  meetingOn: isoDate('会议日期'),
  topicMatterIds: z.array(uuid).min(1, '请至少选择一个议题').max(50),
});
export type RecordMeetingBody = z.infer<typeof recordMeetingBody>;
