// Request schemas of a decision's middle steps (zod; OpenAPI comes from them). Text refuses invisible characters
// (platform/http/text.ts); dates are YYYY-MM-DD; a missing act date is today's.
import { fairCompetitionConclusions, riskLevels } from '@fazhi/core/major-decisions';
import { z } from 'zod';
import { isoDate } from '../../../../platform/http/iso-date';
import { text } from '../../../../platform/http/text';
import { uuid } from '../../catalogue/schemas';

const names = (label: string) => z.array(text(label, 50)).min(1, `请填写${label}`).max(200, `${label}最多200人`);

/** 第十六条: the date, place, participant-selection rules and list published beforehand; the materials sent. */
export const announceHearingBody = z.object({
  hearingOn: isoDate('听证会日期'),
  hearingPlace: text('听证会地点', 200),
  selectionRules: text('听证参加人遴选办法', 4000, true),
  participants: names('听证参加人'),
  announcedOn: isoDate('听证会公告日期').optional(),
  materialsSentOn: isoDate('听证会材料送达日期'),
  // where participants are selected from those who apply: how to apply and the last day (both or neither)
  applicationMethod: text('听证报名方式', 2000).optional(),
  applicationClosesOn: isoDate('听证报名截止日期').optional(),
});
export type AnnounceHearingBody = z.infer<typeof announceHearingBody>;

/** 第十七条: held publicly; the participants confirm the record and sign it. */
export const recordHearingBody = z.object({
  heldOn: isoDate('听证会举行日期').optional(),
  recordSummary: text('听证会记录摘要', 10000, true),
  signedBy: z.array(text('签字的听证参加人', 50)).max(200, '签字的听证参加人最多200人'),
});
export type RecordHearingBody = z.infer<typeof recordHearingBody>;

/** 第十九条第二款: each drawn expert's written opinion, signed (署名、盖章) or not yet. */
export const expertOpinionsBody = z.object({
  opinions: z
    .array(
      z.object({
        expertId: uuid,
        expertOpinion: text('专家书面论证意见', 10000, true),
        signed: z.boolean({ error: '请选择是否已署名、盖章' }),
      }),
    )
    .min(1, '请至少填写一名专家的论证意见')
    .max(20, '一次最多20份论证意见'),
  givenOn: isoDate('论证意见日期').optional(),
});
export type ExpertOpinionsBody = z.infer<typeof expertOpinionsBody>;

/** 第二十三条: the report's risk points, measures and contingency plan, the level; 第二十四条: controllable or not. */
export const riskAssessmentBody = z.object({
  assessor: text('风险评估单位', 200),
  riskLevel: z.enum(riskLevels, { error: '风险等级应为低风险、中风险或高风险' }),
  controllable: z.boolean({ error: '请选择风险是否可控' }),
  riskPoints: z.array(text('风险点', 500)).max(50, '风险点最多50项'),
  measures: text('风险防范措施', 10000, true),
  contingencyPlan: text('风险处置预案', 10000, true),
  assessedOn: isoDate('风险评估日期').optional(),
});
export type RiskAssessmentBody = z.infer<typeof riskAssessmentBody>;

/** 《公平竞争审查条例》第十四条: who reviewed it, the conclusion and its explanation, the day. */
export const fairCompetitionBody = z.object({
  reviewingBody: text('公平竞争审查机构', 200),
  competitionConclusion: z.enum(fairCompetitionConclusions, {
    error: '审查结论应为符合、调整后符合或不符合公平竞争审查标准',
  }),
  competitionExplanation: text('公平竞争审查意见', 10000, true),
  reviewedOn: isoDate('审查日期').optional(),
});
export type FairCompetitionBody = z.infer<typeof fairCompetitionBody>;
