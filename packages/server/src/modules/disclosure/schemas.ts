// Request schemas of the disclosure API (zod; OpenAPI comes from them). Text refuses invisible characters
// (platform/http/text.ts); dates are YYYY-MM-DD; a missing act date is today's.
import { serviceMethods } from '@fazhi/core/cases';
import {
  applicantKinds,
  consultationKinds,
  deliveryForms,
  disclosurePapers,
  givenReplyOutcomes,
  requestChannels,
  requestStatuses,
  type ReplyOutcome,
} from '@fazhi/core/disclosure';
import { parseTrackingNumber, trackingPrefixes } from '@fazhi/core/identifiers';
import { z } from 'zod';
import { pageFields } from '../../platform/db/paginate';
import { isoDate } from '../../platform/http/iso-date';
import { text } from '../../platform/http/text';

export const uuid = z.uuid('标识格式不正确');
export const requestParams = z.object({ id: uuid });
const regionCode = z.string().regex(/^\d{6}(\d{3})?$/, '行政区划代码不正确');

// 第二十九条第二款: 申请人的姓名或者名称、身份证明、联系方式; the information's name, number or description; the form
export const requestFields = {
  regionCode,
  bodyId: uuid,
  applicantKind: z.enum(applicantKinds, { error: '申请人类型不正确' }),
  applicant: z.object({
    name: text('申请人姓名或者名称', 100),
    idNumber: z.string().trim().max(18, '公民身份号码应为18位').optional(),
    creditCode: z.string().trim().max(18, '统一社会信用代码应为18位').optional(),
    phone: z.string().trim().max(11, '手机号码应为11位数字').optional(),
    address: text('联系地址', 200).optional(),
  }),
  informationDescription: text('所需政府信息的名称、文号或者特征性描述', 2000, true),
  deliveryForm: z.enum(deliveryForms, { error: '获取信息的方式不正确' }),
};
export const publicRequestBody = z.object(requestFields);
export type PublicRequestBody = z.infer<typeof publicRequestBody>;

/** A request by letter, fax, in person or orally, registered by the body's staff with the days 第三十一条 asks. */
export const registerRequestBody = z.object({
  ...requestFields,
  requestChannel: z.enum(requestChannels, { error: '申请方式不正确' }),
  handedInOn: isoDate('提交申请日期').optional(),
  mailSignedOn: isoDate('签收日期').optional(),
  confirmedOn: isoDate('双方确认日期').optional(),
});
export type RegisterRequestBody = z.infer<typeof registerRequestBody>;

export const trackingParams = z.object({
  trackingNumber: z
    .string()
    .max(60, '查询编号格式不正确')
    .refine((v) => parseTrackingNumber(v, trackingPrefixes.disclosure_request) !== null, '查询编号格式不正确'),
});

export const confirmReceiptBody = z.object({ confirmedOn: isoDate('双方确认日期').optional() });

export const requestCorrectionBody = z.object({
  correctionItems: z.array(text('补正事项', 500)).min(1, '请一次性列明需要补正的全部事项').max(20, '补正事项最多20项'),
  requestedOn: isoDate('通知补正日期').optional(),
  /** 第三十条: 合理的补正期限, the last day the notice gives; absent, the catalogue's default period */
  correctionDueOn: isoDate('补正期限').optional(),
});

export const submitCorrectionBody = z.object({ correctionText: text('补正材料说明', 10000, true) });

export const startConsultationBody = z.object({
  consultationKind: z.enum(consultationKinds, { error: '征求意见的对象类型应为第三方或者共同制作机关' }),
  consultee: text('被征求意见的第三方或者机关', 100),
  consultationStartedOn: isoDate('发出征求意见书日期').optional(),
});
export const endConsultationBody = z.object({
  opinion: text('意见', 4000, true),
  consultationEndedOn: isoDate('收到意见或者期满日期').optional(),
});

export const extendBody = z.object({
  approver: text('批准人', 50),
  approvedOn: isoDate('批准日期').optional(),
  reason: text('理由', 2000, true),
});

export const replyBody = z.object({
  outcome: z.enum(givenReplyOutcomes as [ReplyOutcome, ...ReplyOutcome[]], { error: '答复类型不正确' }),
  replyText: text('答复内容和理由', 20000, true),
  holderName: text('负责公开该信息的机关', 100).optional(),
  repliedOn: isoDate('答复日期').optional(),
});

export const serveBody = z.object({
  paper: z.enum(disclosurePapers, { error: '文书种类不正确' }),
  partyId: uuid.optional(),
  recipient: text('受送达人', 100),
  serviceMethod: z.enum(serviceMethods, { error: '送达方式不正确' }),
  servedOn: isoDate('送达日期').optional(),
  note: text('说明', 500).optional(),
});

export const paperParams = z.object({
  id: uuid,
  paper: z.enum(disclosurePapers, {
    error: '文书种类应为补正告知书、延期答复告知书、征求第三方意见函或者答复告知书',
  }),
});

export const requestListQuery = z.object({
  ...pageFields,
  status: z.enum(requestStatuses, { error: '办理状态不正确' }).optional(),
});
export const guideQuery = z.object({ regionCode: regionCode.optional() });
