// The records of a decision's middle steps — 听证会 (第十六条、第十七条), 专家论证 (第十九条至第二十一条), 风险评估
// (第二十二条至第二十四条) and 公平竞争审查 (《公平竞争审查条例》) — and when each counts as done for the gates of
// workflow.ts. Pure.
import { DECISION_LAW, decisionArticle } from './steps';

// ---- 听证会 -------------------------------------------------------------------------------------------------

/**
 * 第十六条: the selection rules and the participant list are published beforehand; 第十七条第三项: the
 * participants confirm the hearing record and sign it. Answers the problems of a hearing's record, by field.
 */
export function hearingHeldProblems(p: {
  recordSummary: string;
  signedBy: readonly string[];
  participants: readonly string[];
}): { field: 'recordSummary' | 'signedBy'; message: string }[] {
  const problems: { field: 'recordSummary' | 'signedBy'; message: string }[] = [];
  if (!p.recordSummary.trim())
    problems.push({
      field: 'recordSummary',
      message: `请填写听证会记录（笔录）摘要（${decisionArticle('第十七条')}）`,
    });
  const signed = new Set(p.signedBy.map((n) => n.trim()).filter(Boolean));
  const unsigned = p.participants.filter((n) => !signed.has(n.trim()));
  if (signed.size === 0 || unsigned.length)
    problems.push({
      field: 'signedBy',
      message: `听证参加人应当确认听证会记录并签字${unsigned.length ? `，尚未签字：${unsigned.join('、')}` : ''}（${decisionArticle('第十七条')}）`,
    });
  return problems;
}

// ---- 专家论证 -----------------------------------------------------------------------------------------------

export interface DrawnExpert {
  id: string;
  name: string;
}

/**
 * 第十九条第二款: an expert who gives a written opinion signs it. The review is complete when every expert of the
 * decision's latest draw has a signed written opinion on record (a draw redone, with its reason, starts over).
 */
export function expertReviewStanding(
  drawn: readonly DrawnExpert[],
  opinions: readonly { expertId: string; signed: boolean }[],
): { complete: boolean; unsigned: string[] } {
  const signed = new Set(opinions.filter((o) => o.signed).map((o) => o.expertId));
  const unsigned = drawn.filter((e) => !signed.has(e.id)).map((e) => e.name);
  return { complete: drawn.length > 0 && unsigned.length === 0, unsigned };
}

export const expertOpinionUnsignedMessage = (names: readonly string[]) =>
  `专家提供书面论证意见的，应当署名、盖章，尚缺：${names.join('、')}（${decisionArticle('第十九条第二款')}）`;

export const redrawReasonRequired = `已为该决策抽取过论证专家，重新抽取应当说明理由（${decisionArticle('第二十条')}）`;

// ---- 风险评估 -----------------------------------------------------------------------------------------------

export const riskBackToDrafting = `风险不可控，决策承办单位应当调整决策草案等，确保风险可控后方可作出决策（${decisionArticle('第二十四条')}）`;

// ---- 公平竞争审查 -------------------------------------------------------------------------------------------

/** 《公平竞争审查条例》(国务院令第783号, 2024-08-01): 第二条 (which measures), 第十四条 (a measure the county-level
 * government issues: its market-regulation department reviews it with the drafting unit in the drafting stage, after
 * the drafting unit's first review). Articles read in the regulation's published text. */
export const fairCompetitionLaw = '《公平竞争审查条例》（国务院令第783号）';
export const fairCompetitionReviewBasis = `${DECISION_LAW}第二十九条第一项、${fairCompetitionLaw}第二条、第十四条`;

export const fairCompetitionConclusions = ['complies', 'complies_after_adjustment', 'does_not_comply'] as const;
export type FairCompetitionConclusion = (typeof fairCompetitionConclusions)[number];
export const fairCompetitionConclusionLabels = {
  complies: '符合公平竞争审查标准',
  complies_after_adjustment: '调整后符合公平竞争审查标准',
  does_not_comply: '不符合公平竞争审查标准',
} as const satisfies Record<FairCompetitionConclusion, string>;

/** Whether the draft may go on: a measure found not to comply is adjusted and reviewed again first. */
export const fairCompetitionPasses = (c: FairCompetitionConclusion) => c !== 'does_not_comply';
