// Request schemas of the reconsideration API (zod; OpenAPI comes from them). Text refuses invisible characters
// (platform/http/text.ts); dates are YYYY-MM-DD; a missing act date is today's.
import { partyKinds, serviceMethods } from '@fazhi/core/cases';
import { parseTrackingNumber, trackingPrefixes } from '@fazhi/core/identifiers';
import {
  acceptanceConditions,
  applicationChannels,
  caseStatuses,
  decisionTypes,
  hearingGrounds,
  mediationOutcomes,
  normativeReviewOutcomes,
  normativeReviewRoutes,
  normativeReviewSources,
  normativeReviewSteps,
  procedures,
  reviewableDocumentKinds,
  respondentAttendances,
  reconsiderationPapers,
  simplifiedGrounds,
  suspensionGrounds,
  terminationGrounds,
  viewWays,
} from '@fazhi/core/reconsideration';
import { z } from 'zod';
import { pageFields } from '../../platform/db/paginate';
import { isoDate } from '../../platform/http/iso-date';
import { text } from '../../platform/http/text';

export const uuid = z.uuid('标识格式不正确');
export const caseParams = z.object({ id: uuid });

export const applicantBody = z.object({
  kind: z.enum(partyKinds, { error: '申请人类型应为自然人或者法人或者其他组织' }),
  name: text('申请人姓名或者名称', 100),
  idNumber: z.string().trim().max(18, '公民身份号码应为18位').optional(),
  creditCode: z.string().trim().max(18, '统一社会信用代码应为18位').optional(),
  phone: z.string().trim().max(11, '手机号码应为11位数字').optional(),
  address: text('住所或者联系地址', 200).optional(),
});

// 第二十二条: what an application states; the portal's form and the office's register take the same fields
const applicationFields = {
  applicant: applicantBody,
  respondentName: text('被申请人', 100),
  respondentOrgId: uuid.optional(),
  contestedAct: text('被申请行政复议的行政行为', 500, true),
  actMadeOn: isoDate('行政行为作出日期').optional(),
  knownOn: isoDate('知道该行政行为的日期'),
  realProperty: z.boolean().default(false),
  notInformed: z.boolean().default(false),
  informedOn: isoDate('知道申请权利和期限的日期').optional(),
  requests: text('行政复议请求', 2000, true),
  reasons: text('事实和理由', 10000, true),
};

export const publicApplicationBody = z.object({
  regionCode: z.string().regex(/^\d{6}(\d{3})?$/, '行政区划代码不正确'),
  ...applicationFields,
});
export type PublicApplicationBody = z.infer<typeof publicApplicationBody>;

export const registerApplicationBody = z.object({
  channel: z.enum(applicationChannels, { error: '申请方式不正确' }),
  receivedOn: isoDate('收到申请日期').optional(),
  ...applicationFields,
});
export type RegisterApplicationBody = z.infer<typeof registerApplicationBody>;

export const trackingParams = z.object({
  trackingNumber: z
    .string()
    .max(60, '查询编号格式不正确')
    .refine((v) => parseTrackingNumber(v, trackingPrefixes.reconsideration_application) !== null, '查询编号格式不正确'),
});

export const requestCorrectionBody = z.object({
  correctionItems: z.array(text('补正事项', 500)).min(1, '请一次性列明需要补正的全部事项').max(20, '补正事项最多20项'),
  requestedOn: isoDate('通知补正日期').optional(),
});

export const submitCorrectionBody = z.object({ correctionText: text('补正材料说明', 10000, true) });

export const acceptBody = z.object({
  conditionsMet: z.array(z.enum(acceptanceConditions, { error: '受理条件不正确' })),
  acceptedOn: isoDate('受理日期').optional(),
  procedure: z.enum(procedures, { error: '审理程序应为普通程序或者简易程序' }),
  simplifiedGround: z.enum(simplifiedGrounds, { error: '适用简易程序的情形不正确' }).optional(),
  amountYuan: z.number().nonnegative('涉及款额不得为负数').max(1e12).optional(),
  major: z.boolean().default(false),
  handlerIds: z.array(uuid).max(9, '承办人最多9名'),
});

export const nameHandlersBody = z.object({
  handlerIds: acceptBody.shape.handlerIds,
  major: z.boolean().optional(),
  namedOn: isoDate('指定承办人日期').optional(),
});

export const issueOpinionBody = z.object({
  addresseeName: text('意见书的受送机关', 100),
  addresseeOrgId: uuid.optional(),
  opinionText: text('意见书正文', 10000, true),
  opinionIssuedOn: isoDate('意见书制发日期').optional(),
  opinionReceivedOn: isoDate('受送机关收到意见书的日期').optional(),
});
export const opinionReportBody = z.object({
  opinionId: uuid,
  reportText: text('纠正情况', 10000, true),
  opinionReportedOn: isoDate('报送纠正情况日期').optional(),
});

export const refuseBody = z.object({
  refusalReason: text('不予受理的理由', 4000, true),
  competentBody: text('有管辖权的行政复议机关', 100).optional(),
  refusedOn: isoDate('不予受理决定日期').optional(),
});

export const actOnBody = z.object({ handledOn: isoDate('办理日期').optional() });

export const suspendBody = z.object({
  ground: z.enum(suspensionGrounds, { error: '中止的情形不正确' }),
  reason: text('理由', 2000, true),
  suspendedOn: isoDate('中止日期').optional(),
});
export const resumeBody = z.object({ resumedOn: isoDate('恢复审理日期').optional() });
export const terminateBody = z.object({
  ground: z.enum(terminationGrounds, { error: '终止的情形不正确' }),
  reason: text('理由', 2000, true),
  terminatedOn: isoDate('终止日期').optional(),
});
export const extendBody = z.object({
  approver: text('批准人', 50),
  approvedOn: isoDate('批准日期').optional(),
  reason: text('理由', 2000, true),
});
export const decideBody = z.object({
  decisionType: z.enum(decisionTypes, { error: '决定类型不正确' }),
  decisionText: text('决定书正文', 20000, true),
  decidedOn: isoDate('决定日期').optional(),
  writtenReviewReason: text('书面审理的理由', 2000, true).optional(),
});
export const viewsBody = z.object({
  party: text('当事人', 100),
  way: z.enum(viewWays, { error: '听取意见的方式应为当面、互联网或者电话' }),
  heardOn: isoDate('听取意见日期').optional(),
  summary: text('意见摘要', 10000, true),
});
// 第五十条、第五十一条
export const scheduleHearingBody = z.object({
  hearingGround: z.enum(hearingGrounds, { error: '组织听证的情形不正确' }),
  hearingOn: isoDate('听证会日期'),
  hearingPlace: text('听证会地点', 200),
  hearingIssues: text('拟听证事项', 4000, true),
  presidingId: uuid,
  panelOfficerIds: z.array(uuid).max(9, '听证员最多9名'),
  recorderName: text('记录员', 50),
  hearingNoticeOn: isoDate('书面通知当事人日期').optional(),
});
export const recordHearingBody = z.object({
  hearingId: uuid,
  hearingHeldOn: isoDate('举行听证日期').optional(),
  applicantAttended: z.boolean({ error: '请选择申请人是否参加听证' }),
  respondentAttendance: z.enum(respondentAttendances, { error: '被申请人参加听证的情况不正确' }).optional(),
  respondentAttendee: text('被申请人参加听证人员', 100).optional(),
  hearingHeadAbsenceReason: text('负责人不能参加听证的理由', 1000, true).optional(),
  hearingRecord: text('听证笔录', 20000, true).optional(),
  recordSigned: z.boolean().optional(),
});

// 第七十三条、第七十四条
export const mediateBody = z.object({
  mediationOutcome: z.enum(mediationOutcomes, { error: '调解结果应为达成协议或者未达成协议' }),
  mediationAgreement: text('行政复议调解书内容', 20000, true).optional(),
  allPartiesSigned: z.boolean().optional(),
  mediationNote: text('调解情况说明', 2000, true).optional(),
  mediatedOn: isoDate('调解日期').optional(),
});
export const settleBody = z.object({
  settlementText: text('和解内容', 10000, true),
  withdrawnOn: isoDate('撤回申请日期').optional(),
  approvedOn: isoDate('批准日期').optional(),
});

// 第十三条、第五十六条至第六十条
export const openNormativeReviewBody = z.object({
  reviewSource: z.enum(normativeReviewSources, { error: '附带审查的来源不正确' }),
  documentKind: z.enum(reviewableDocumentKinds, { error: '规范性文件的种类应为第十三条第一款所列之一（不含规章）' }),
  documentTitle: text('规范性文件名称', 200),
  issuerName: text('制定机关', 100),
  clauses: text('审查的条款及理由', 4000, true),
  normativeDocumentId: uuid.optional(),
  reviewRoute: z.enum(normativeReviewRoutes, { error: '处理方式应为本机关处理或者转送' }),
  reviewOpenedOn: isoDate('附带审查开始日期').optional(),
});
export const normativeReviewStepBody = z.object({
  reviewId: uuid,
  reviewStep: z.enum(normativeReviewSteps, { error: '附带审查的步骤不正确' }),
  reviewStepOn: isoDate('办理日期').optional(),
  normativeReplyText: text('书面答复或者处理意见', 10000, true).optional(),
  forwardeeName: text('接受转送的机关', 100).optional(),
});
export const concludeNormativeReviewBody = z.object({
  reviewId: uuid,
  reviewOutcome: z.enum(normativeReviewOutcomes, { error: '附带审查的结果不正确' }),
  conclusionText: text('处理意见', 10000, true),
  concludedOn: isoDate('附带审查办结日期').optional(),
});

export const paperKind = z.enum(reconsiderationPapers, {
  error: '文书种类应为补正通知书、受理通知书、不予受理决定书、答复通知书、听证通知书、行政复议决定书或行政复议调解书',
});

export const serveBody = z.object({
  paper: paperKind,
  partyId: uuid.optional(),
  recipient: text('受送达人', 100),
  serviceMethod: z.enum(serviceMethods, { error: '送达方式不正确' }),
  servedOn: isoDate('送达日期').optional(),
  note: text('说明', 500).optional(),
});

export const caseListQuery = z.object({
  ...pageFields,
  status: z.enum(caseStatuses, { error: '办理状态不正确' }).optional(),
});
export const publicDecisionQuery = z.object({ ...pageFields, regionCode: z.string().max(9).optional() });
