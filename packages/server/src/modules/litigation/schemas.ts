// Request schemas of the litigation API (zod; OpenAPI comes from them). Text refuses invisible characters
// (platform/http/text.ts); dates are YYYY-MM-DD; a missing act date is today's. A party's identifiers are checked by
// core cases (GB 11643, GB 32100) when the suit is registered, every problem at once.
import { partyKinds, serviceMethods } from '@fazhi/core/cases';
import {
  absenceReasons,
  appearances,
  callGrounds,
  headPosts,
  recommendationSources,
  suitInstances,
  suitOutcomes,
  suitStatuses,
} from '@fazhi/core/litigation';
import { z } from 'zod';
import { pageFields } from '../../platform/db/paginate';
import { isoDate } from '../../platform/http/iso-date';
import { text } from '../../platform/http/text';
import { statisticsQueryFields } from '../../platform/statistics';

export const uuid = z.uuid('标识格式不正确');
export const idParams = z.object({ id: uuid });

const party = z.object({
  kind: z.enum(partyKinds, { error: '当事人类型应为自然人或者法人或者其他组织' }),
  name: text('姓名或者名称', 100),
  idNumber: z.string().trim().max(18, '公民身份号码应为18位').optional(),
  creditCode: z.string().trim().max(18, '统一社会信用代码应为18位').optional(),
  phone: z.string().trim().max(11, '手机号码应为11位数字').optional(),
  address: text('地址', 200).optional(),
});

export const registerSuitBody = z.object({
  defendingBodyId: uuid,
  handlerName: text('应诉承办人', 50),
  courtName: text('审理法院', 100),
  suitNumber: z.string().trim().min(1, '请填写案号').max(60, '案号过长'),
  instance: z.enum(suitInstances, { error: '审级应为一审、二审或者再审' }),
  suitCause: text('案由', 200),
  suedAct: text('被诉行政行为', 500, true),
  reconsiderationCaseId: uuid.optional(),
  previousSuitId: uuid.optional(),
  suitFiledOn: isoDate('立案日期'),
  major: z.boolean().default(false),
  groupSuit: z.boolean().default(false),
  compensation: z.boolean().default(false),
  plaintiffs: z.array(party).min(1, '请至少填写一名原告').max(50, '原告最多50名'),
  thirdParties: z.array(party).max(20, '第三人最多20名').default([]),
});
export type RegisterSuitBody = z.infer<typeof registerSuitBody>;

export const serveBody = z.object({
  complaintServedOn: isoDate('收到起诉状副本日期').optional(),
  serviceMethod: z.enum(serviceMethods, { error: '送达方式不正确' }).default('direct'),
});
export type ServeBody = z.infer<typeof serveBody>;

export const defendBody = z.object({
  defenceSubmittedOn: isoDate('提交答辩状日期').optional(),
  evidenceNote: text('提交的证据和规范性文件', 2000, true),
});
export type DefendBody = z.infer<typeof defendBody>;

export const hearingBody = z.object({
  courtHearingOn: isoDate('开庭日期'),
  courtRoom: text('法庭', 100),
  appearanceNoticeOn: isoDate('收到出庭通知书日期').optional(),
  courtCalledGrounds: z
    .array(z.enum(callGrounds, { error: '通知负责人出庭的情形不正确' }))
    .max(9)
    .default([]),
});
export type HearingBody = z.infer<typeof hearingBody>;

export const appearanceBody = z.object({
  courtHearingId: uuid,
  courtAppearance: z.enum(appearances, { error: '出庭情况应为负责人出庭、委托工作人员出庭或者无人出庭' }),
  appearingHeadName: text('出庭负责人', 50).optional(),
  appearingHeadPost: z.enum(headPosts, { error: '出庭负责人的职务不正确' }).optional(),
  headCertificateOn: isoDate('提交负责人身份证明日期').optional(),
  headAbsenceReason: z
    .enum(absenceReasons, { error: '负责人不能出庭的理由应为法释〔2020〕3号第八条所列情形' })
    .optional(),
  headAbsenceProof: text('负责人不能出庭的证明材料', 500, true).optional(),
  standInName: text('出庭工作人员', 50).optional(),
  standInPost: text('出庭工作人员的职务', 50).optional(),
});
export type AppearanceBody = z.infer<typeof appearanceBody>;

export const decideBody = z.object({
  suitOutcome: z.enum(suitOutcomes, { error: '裁判结果不正确' }),
  judgedOn: isoDate('裁判日期'),
  judgmentServedOn: isoDate('收到裁判文书日期').optional(),
  judgmentSummary: text('裁判主要内容', 2000, true).optional(),
});
export type DecideBody = z.infer<typeof decideBody>;

export const concludeBody = z.object({
  appealFiled: z.boolean(),
  appealedBy: text('上诉人', 100).optional(),
  appealOrEffectOn: isoDate('上诉或者裁判生效日期').optional(),
});
export type ConcludeBody = z.infer<typeof concludeBody>;

export const performBody = z.object({
  judgmentPerformedOn: isoDate('履行日期').optional(),
  performanceNote: text('履行情况', 2000, true),
});
export type PerformBody = z.infer<typeof performBody>;

export const suitsQuery = z.object({
  ...pageFields,
  status: z.enum(suitStatuses, { error: '案件状态不正确' }).optional(),
});
export const recommendationsQuery = z.object({ ...pageFields });

export const receiveRecommendationBody = z.object({
  defendingBodyId: uuid,
  recommendationSource: z.enum(recommendationSources, { error: '建议类型应为司法建议或者检察建议' }),
  recommendationIssuer: text('提出建议的机关', 100),
  recommendationNumber: text('建议书文号', 60),
  recommendationReceivedOn: isoDate('收到建议日期').optional(),
  recommendationContent: text('建议内容', 4000, true),
  suitId: uuid.optional(),
});
export type ReceiveRecommendationBody = z.infer<typeof receiveRecommendationBody>;

export const replyRecommendationBody = z.object({
  recommendationRepliedOn: isoDate('回复日期').optional(),
  recommendationReply: text('回复内容', 4000, true),
});
export type ReplyRecommendationBody = z.infer<typeof replyRecommendationBody>;

export const litigationStatisticsQuery = z.object({ ...statisticsQueryFields, defendingBodyId: uuid.optional() });

export const noticeQuery = z.object({
  noticeMonth: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '通报月份应为YYYY-MM，例如2026-11'),
  regionCode: statisticsQueryFields.regionCode,
  format: z.enum(['docx', 'pdf'], { error: '文件格式应为 docx 或 pdf' }).default('docx'),
});
