// Request schemas of a decision record's acts (zod; OpenAPI comes from them). Text refuses invisible characters
// (platform/http/text.ts); dates are YYYY-MM-DD; a missing date is today's.
import { meetingDecisions, meetingKinds, meetingViews, optionalSteps } from '@fazhi/core/major-decisions';
import { counselRoles, reviewResults } from '@fazhi/core/participation';
import { z } from 'zod';
import { isoDate } from '../../../platform/http/iso-date';
import { text } from '../../../platform/http/text';
import { uuid } from '../catalogue/schemas';

export const decisionParams = z.object({ id: uuid });

export const proposeDecisionBody = z.object({
  bodyOrgId: uuid,
  catalogueItemId: uuid.optional(),
  // outside the catalogue: the matter, its 承办单位, the steps that apply and why it was not listed
  title: text('决策事项名称', 200).optional(),
  sponsorOrgId: uuid.optional(),
  applicableSteps: z
    .array(z.enum(optionalSteps, { error: '适用程序应为听证会、专家论证、风险评估或公平竞争审查' }))
    .optional(),
  outsideCatalogueReason: text('未列入目录的理由', 2000, true).optional(),
  proposal: text('决策建议', 4000, true),
  proposer: text('建议提出人', 200),
  proposedOn: isoDate('提出日期').optional(),
});
export type ProposeDecisionBody = z.infer<typeof proposeDecisionBody>;

export const decideStartBody = z.object({
  start: z.boolean({ error: '请选择是否启动' }),
  startRecord: text('决定启动的会议或批示', 200),
  decidedOn: isoDate('决定日期').optional(),
  /** 第十一条: the body may name another 承办单位 than the item's */
  sponsorOrgId: uuid.optional(),
});

export const recordDraftBody = z.object({
  draftText: text('决策草案', 20000, true),
  explanation: text('起草说明', 10000, true),
  options: z.array(text('备选方案', 2000, true)).max(10, '备选方案最多10个'),
  viewsDifferWidely: z.boolean(),
  singleOptionReason: text('只提出一个方案的理由', 2000, true).optional(),
  recordedOn: isoDate('草案拟订日期').optional(),
});
export type RecordDraftBody = z.infer<typeof recordDraftBody>;

export const openConsultationBody = z.object({
  opensOn: isoDate('开始日期').optional(),
  closesOn: isoDate('截止日期'),
  shortenedReason: text('缩短期限的理由', 2000, true).optional(),
});

export const closeConsultationBody = z.object({ closedOn: isoDate('结束日期').optional() });

export const submitForReviewBody = z.object({
  submittedOn: isoDate('送审日期').optional(),
  /** 第二十六条: the basis and the statement of the procedure followed, sent with the draft */
  basis: text('决策依据', 4000, true),
  procedureStatement: text('履行决策程序的情况说明', 4000, true),
});

export const recordReviewBody = z.object({
  checklist: z.array(
    z.object({
      item: z.string().max(40),
      finding: z.enum(['ok', 'problem'], { error: '审查结论应为“无问题”或“存在问题”' }),
      note: text('存在的问题', 2000, true).optional(),
    }),
  ),
  opinion: text('审查意见', 10000, true),
  result: z.enum(reviewResults, { error: '审查结果应为审核通过、修改后通过或审核不通过' }),
  counsel: z.array(
    z.object({
      name: text('法律顾问或公职律师姓名', 50),
      role: z.enum(counselRoles, { error: '应为法律顾问或公职律师' }),
    }),
  ),
  concludedOn: isoDate('审查日期').optional(),
  earlyReason: text('提前办结的理由', 2000, true).optional(),
});

export const recordDiscussionBody = z.object({
  meetingKind: z.enum(meetingKinds, { error: '会议类型应为常务会议或全体会议' }),
  meetingName: text('会议名称', 200),
  meetingOn: isoDate('会议日期').optional(),
  attendees: z.array(text('出席人员', 50)).max(100),
  speeches: z
    .array(
      z.object({
        name: text('发言人', 50),
        isHead: z.boolean(),
        view: z.enum(meetingViews, { error: '意见应为同意、不同意或保留意见' }),
        // one who agrees may say no more; a dissent is written with its content (the rule checks it)
        opinion: text('发言内容', 4000, true).optional(),
      }),
    )
    .max(100),
  decision: z.enum(meetingDecisions, { error: '决定应为通过、不予通过或暂缓决定' }),
  headReasons: text('行政首长说明的理由', 4000, true).optional(),
});

export const reportToPartyBody = z.object({
  reportedOn: isoDate('请示报告日期').optional(),
  reportRecord: text('请示报告文件或党委批复', 200),
});

export const publishDecisionBody = z.object({
  publishedOn: isoDate('公布日期').optional(),
  publishedText: text('公布的决策文本', 20000, true),
  adoptionExplanation: text('公众意见、专家论证意见采纳情况说明', 10000, true),
  interpretation: text('政策解读', 10000, true),
});

export const fileDecisionBody = z.object({
  filedOn: isoDate('备案日期').optional(),
  filingRecord: text('备案报告文号或报送方式', 200),
});
