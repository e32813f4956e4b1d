// Request schemas of the normative-documents API (zod; OpenAPI comes from them). Text is stored as typed: nothing
// is HTML-escaped or stripped here (the console and portal render text, never HTML); invisible characters (controls
// other than line breaks and tabs, bidirectional controls, zero-width characters) are refused by the platform's
// `text` validator.
import {
  cleanupOutcomes,
  documentKinds,
  postEvaluationOutcomes,
  reviewChecklistItems,
  reviewResults,
} from '@fazhi/core/normative-documents';
import { parseTrackingNumber, trackingPrefixes } from '@fazhi/core/identifiers';
import { z } from 'zod';
import { pageFields } from '../../platform/db/paginate';
import { text } from '../../platform/http/text';
import { isoDate } from '../../platform/http/iso-date';

// one date field for every module (platform/http/iso-date.ts); re-exported for the normative schemas' importers
export { isoDate };

export const uuid = z.uuid('标识格式不正确');
export const idParams = z.object({ id: uuid });

const article = z.object({
  heading: text('条文序号', 20).optional(),
  body: text('条文内容', 5000, true),
});

const notAffectingRights =
  '行政规范性文件涉及公民、法人和其他组织的权利义务（国办发〔2018〕37号）；确需免于公开征求意见的，请记录免于征求意见的理由';

export const draftBody = z.object({
  draftingOrgId: uuid,
  issuerOrgId: uuid.optional(),
  title: text('文件标题', 200),
  kind: z.enum(documentKinds, { error: '文件类型应为一般、暂行或试行' }),
  legalBases: z
    .array(z.object({ title: text('依据名称', 200), article: text('条款', 50).optional() }))
    .min(1, '请至少列明一项制定依据')
    .max(50),
  // a 行政规范性文件 affects rights and duties by definition (国办发〔2018〕37号); a draft that does not is no such
  // document, and consultation is skipped only through the recorded exemption with its reason
  affectsRights: z.literal(true, { error: notAffectingRights }).default(true),
  affectsMarket: z.boolean({ error: '请说明是否涉及市场主体经济活动' }),
  draftingExplanation: text('起草说明', 20000, true),
  articles: z.array(article).min(1, '请至少录入一条条文').max(300, '条文不能超过300条'),
  replacesId: uuid.optional(),
});
export type DraftInput = z.infer<typeof draftBody>;

export const reviseBody = draftBody
  .pick({ title: true, legalBases: true, draftingExplanation: true, articles: true })
  .partial()
  .extend({
    affectsRights: z.literal(true, { error: notAffectingRights }).optional(),
    affectsMarket: z.boolean().optional(),
  });
export type ReviseInput = z.infer<typeof reviseBody>;

export const openConsultationBody = z.object({
  opensOn: isoDate('开始日期').optional(),
  closesOn: isoDate('截止日期'),
  shortenedReason: text('缩短征求意见期限的理由', 500, true).optional(),
});
export const closeConsultationBody = z.object({ closedOn: isoDate('结束日期').optional() });
export const exemptConsultationBody = z.object({ reason: text('免于公开征求意见的理由', 1000, true) });

// the public comment, its moderation and answer are the shared consultation's (platform/participation)
export { commentBody, moderateBody, answerBody, type CommentInput } from '../../platform/participation/schemas';
export const commentParams = z.object({ id: uuid, commentId: uuid });

export const fairCompetitionBody = z.object({
  result: z.enum(['passed', 'failed'], { error: '审查结论应为通过或不通过' }),
  opinion: text('审查意见', 5000, true),
  reviewedOn: isoDate('审查日期').optional(),
});
export const submitReviewBody = z.object({ submittedOn: isoDate('报送日期').optional() });
export const startEvaluationBody = z.object({ startedOn: isoDate('开始日期').optional() });
export const legalityReviewBody = z.object({
  checklist: z
    .array(
      z.object({
        item: z.enum(reviewChecklistItems, { error: '审核事项不在清单内' }),
        finding: z.enum(['ok', 'problem']),
        note: text('说明', 1000, true).optional(),
      }),
    )
    .max(reviewChecklistItems.length),
  opinion: text('审核意见', 20000, true),
  result: z.enum(reviewResults, { error: '审核结论应为通过、修改后通过或不通过' }),
  concludedOn: isoDate('审核日期').optional(),
  earlyReason: text('提前办结的理由', 500, true).optional(),
  highFindingsReason: text('高风险提示不成立或已处理的理由', 1000, true).optional(),
});
export const reviseAfterReviewBody = z.object({
  articles: z.array(article).min(1, '请录入修改后的条文').max(300, '条文不能超过300条'),
  statement: text('修改情况说明', 20000, true),
  revisedOn: isoDate('修改日期').optional(),
});
export type ReviseAfterReviewInput = z.infer<typeof reviseAfterReviewBody>;
export const deliberationBody = z.object({
  meetingKind: z.enum(['executive_meeting', 'leadership_meeting'], { error: '会议类型应为常务会议或领导班子会议' }),
  meetingName: text('会议名称', 100),
  meetingOn: isoDate('会议日期'),
  decision: z.enum(['adopted', 'revise', 'rejected'], { error: '审议结论应为通过、修改后再审或不予通过' }),
  note: text('审议情况', 5000, true).optional(),
});
export const publishBody = z.object({
  publishedOn: isoDate('发布日期').optional(),
  effectiveOn: isoDate('施行日期'),
  expiresOn: isoDate('有效期截止日期').optional(),
  effectiveSoonReason: text('自发布之日起施行（或提前施行）的理由', 500, true).optional(),
});
// 政策解读: a title and plain text with paragraphs
export const interpretationBody = z.object({
  title: text('政策解读标题', 200),
  body: text('政策解读正文', 20000, true),
});
export const submitFilingBody = z.object({ submittedOn: isoDate('报送日期').optional() });
export const forwardFilingBody = z.object({
  toGovernmentOn: isoDate('报上级政府备案日期').optional(),
  toCongressOn: isoDate('报人大常委会备案日期').optional(),
});
export const filingReviewBody = z.object({
  outcome: z.enum(['accepted', 'not_reviewable'], { error: '审查结论应为予以备案或不予审查' }),
  opinion: text('审查意见', 5000, true).optional(),
  reviewedOn: isoDate('审查日期').optional(),
});
export const orderCorrectionBody = z.object({
  opinion: text('审查意见', 5000, true),
  orderedOn: isoDate('审查意见日期').optional(),
});
export const reportCorrectionBody = z.object({
  report: text('纠正情况', 5000, true),
  reportedOn: isoDate('报告日期').optional(),
});
export const confirmCorrectionBody = z.object({
  confirmed: z.boolean({ error: '请说明是否确认纠正到位' }),
  note: text('说明', 2000, true).optional(),
});
export const concludeEvaluationBody = z.object({
  outcome: z.enum(postEvaluationOutcomes, { error: '评估结论应为继续施行、修改、废止或失效' }),
  conclusion: text('评估意见', 10000, true),
  concludedOn: isoDate('评估日期').optional(),
  renewal: z
    .object({
      publishedOn: isoDate('重新发布日期').optional(),
      effectiveOn: isoDate('施行日期'),
      expiresOn: isoDate('有效期截止日期').optional(),
    })
    .optional(),
});

export const openCleanupBody = z.object({
  title: text('清理名称', 200),
  kind: z.enum(['periodic', 'special'], { error: '清理类型应为定期清理或专项清理' }),
  triggerLaw: text('引起专项清理的上位法', 200).optional(),
  openedOn: isoDate('启动日期').optional(),
});
export const cleanupDecisionBody = z.object({
  documentId: uuid,
  outcome: z.enum(cleanupOutcomes, { error: '清理意见应为继续有效、修改、废止或失效' }),
  reason: text('理由', 2000, true).optional(),
});
export const publishCleanupBody = z.object({ publishedOn: isoDate('公布日期').optional() });

export const reviewRequestBody = z.object({
  regionCode: z.string().regex(/^\d{6}(\d{3})?$/, '行政区划代码格式不正确'),
  documentTitle: text('文件名称或文号', 200),
  documentId: uuid.optional(),
  requesterKind: z.enum(['citizen', 'organisation'], { error: '请选择公民或组织' }),
  requesterName: text('姓名或单位名称', 100),
  contact: text('联系方式', 100).optional(),
  reasons: text('审查建议和理由', 5000, true),
});
export const decideRequestBody = z.object({
  decision: z.enum(['accept', 'decline'], { error: '应为受理或不予受理' }),
  reason: text('理由', 2000, true),
  decidedOn: isoDate('日期').optional(),
});
export const answerRequestBody = z.object({
  answer: text('审查结果和答复', 10000, true),
  answeredOn: isoDate('答复日期').optional(),
});
export const trackingParams = z.object({
  trackingNumber: z
    .string()
    .max(60, '查询编号格式不正确')
    .refine((v) => parseTrackingNumber(v, trackingPrefixes.normative_review_request) !== null, '查询编号格式不正确'),
});

export const issuerPrefixBody = z.object({ orgId: uuid, numberPrefix: text('发文机关代字', 20) });

export const listQuery = z.object({
  ...pageFields,
  status: z
    .enum([
      'drafting',
      'consultation',
      'legality_review',
      'deliberation',
      'approved',
      'published',
      'amendment_pending',
      'repealed',
      'lapsed',
      'withdrawn',
      'not_yet_effective',
    ])
    .optional(),
  filingStatus: z.enum(['not_submitted', 'submitted', 'accepted', 'correction_ordered', 'not_reviewable']).optional(),
  draftingOrgId: uuid.optional(),
  issuerOrgId: uuid.optional(),
  kind: z.enum(documentKinds, { error: '文件类型应为一般、暂行或试行' }).optional(),
  regionCode: z
    .string()
    .regex(/^\d{6}(\d{3})?$/, '行政区划代码格式不正确')
    .optional(),
  year: z.coerce
    .number({ error: '年份应为数字' })
    .int('年份应为整数')
    .min(1949, '年份不能早于1949年')
    .max(9999, '年份格式不正确')
    .optional(),
  q: z.string().trim().max(100, '检索内容不能超过100个字').optional(),
  expiringWithinDays: z.coerce.number().int().min(1).max(3650).optional(),
});
export type ListQuery = z.infer<typeof listQuery>;
export const pendingCommentsQuery = z.object({ ...pageFields });

export const listRequestsQuery = z.object({
  ...pageFields,
  status: z.enum(['received', 'accepted', 'declined', 'answered']).optional(),
});

const synonymWord = z
  .string({ error: '请填写同义词' })
  .trim()
  .min(1, '同义词不能为空')
  .max(20, '同义词不能超过20个字符')
  .regex(/^[\p{L}\p{N}]+$/u, '同义词只能由汉字、字母和数字组成');
export const searchSynonymsQuery = z.object({
  regionCode: z
    .string()
    .regex(/^\d{6,12}$/, '行政区划代码格式不正确')
    .optional(),
});
export const searchSynonymsBody = z.object({
  regionCode: z.string({ error: '请填写行政区划代码' }).regex(/^\d{6,12}$/, '行政区划代码格式不正确'),
  groups: z
    .array(z.array(synonymWord).min(2, '每组至少两个词').max(10, '每组不超过10个词'), { error: '请填写同义词组' })
    .max(300, '同义词组不超过300组'),
});
