// Request schemas of the acts after a decision (zod; OpenAPI comes from them). A missing date is today's.
import {
  accountabilityArticles,
  adjustmentKinds,
  evaluationConclusions,
  executionProblems,
  meetingKinds,
  postEvaluationTriggers,
} from '@fazhi/core/major-decisions';
import { z } from 'zod';
import { isoDate } from '../../../platform/http/iso-date';
import { text } from '../../../platform/http/text';
import { uuid } from '../catalogue/schemas';

const problem = z.enum(executionProblems, { error: '问题类型应为决策存在问题、客观情况重大变化或不可抗力' });

export const assignImplementationBody = z.object({
  units: z
    .array(z.object({ orgId: uuid, lead: z.boolean() }))
    .min(1, '请至少明确一个决策执行单位')
    .max(20),
  assignedOn: isoDate('明确执行单位日期').optional(),
  assignmentRecord: text('明确执行单位的会议、批示或文件', 200),
});
export type AssignImplementationBody = z.infer<typeof assignImplementationBody>;

export const reportProgressBody = z.object({
  implementerOrgId: uuid,
  reportedOn: isoDate('报告日期').optional(),
  progress: text('执行情况', 10000, true),
  problem: problem.optional(),
  problemDetail: text('发现的问题及建议', 4000, true).optional(),
});
export type ReportProgressBody = z.infer<typeof reportProgressBody>;

export const evaluateBody = z.object({
  trigger: z.enum(postEvaluationTriggers, { error: '评估情形应为第三十六条第一款所列情形之一' }),
  triggerDetail: text('启动评估的情况说明', 4000, true),
  evaluatorName: text('承担评估具体工作的单位', 200),
  participants: text('参与评估的公众、代表委员和组织', 2000, true),
  evaluationReport: text('评估报告', 20000, true),
  conclusion: z.enum(evaluationConclusions, { error: '评估结论应为继续执行、建议调整或建议停止执行' }),
  evaluatedOn: isoDate('评估完成日期').optional(),
});
export type EvaluateBody = z.infer<typeof evaluateBody>;

export const adjustBody = z.object({
  kind: z.enum(adjustmentKinds, { error: '调整类型应为不改变实质内容的调整或重大调整' }),
  reason: text('调整理由', 4000, true),
  decisionRecord: text('作出决定的会议或批示', 200),
  content: text('调整内容', 10000, true),
  decidedOn: isoDate('决定日期').optional(),
});
export type AdjustBody = z.infer<typeof adjustBody>;

export const suspendBody = z.object({
  situation: problem,
  reason: text('中止执行的理由', 4000, true),
  decisionRecord: text('作出决定的会议或批示', 200),
  decidedOn: isoDate('决定日期').optional(),
});
export type SuspendBody = z.infer<typeof suspendBody>;

export const stopBody = z.object({
  reason: text('停止执行的理由', 4000, true),
  // 第三十条、第三十七条: decided at a 常务会议 or 全体会议; the gate names it when missing
  meetingKind: z.enum(meetingKinds, { error: '会议类型应为常务会议或全体会议' }).optional(),
  decisionRecord: text('作出决定的会议或批示', 200),
  decidedOn: isoDate('决定日期').optional(),
});
export type StopBody = z.infer<typeof stopBody>;

export const accountabilityBody = z.object({
  person: text('被追究责任的单位或人员', 200),
  article: z.enum(accountabilityArticles, { error: '请选择第三十八条至第四十一条中适用的条款' }),
  accountabilityFinding: text('认定的事实', 10000, true),
  handlingBody: text('处理机关', 200),
  handling: text('处理结果', 4000, true),
  decidedOn: isoDate('处理日期').optional(),
});
export type AccountabilityBody = z.infer<typeof accountabilityBody>;

export const archiveBody = z.object({ archivedOn: isoDate('归档日期').optional() });
