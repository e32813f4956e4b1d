// The papers a 重大行政决策 record generates (DOCX and PDF in 公文 layout): the comment announcement (第十四条、第十五条),
// the hearing announcement (第十六条、第十七条),
// the legality-review opinion (第二十五条至第二十八条), the meeting-decision summary (第三十条) and the filing report
// (the region's filing rule). Each needs its step recorded: before it, the paper is refused naming the step.
// A paper's 文号 is the issuing unit's, the kind's 代字 and the paper's place among the unit's papers of that kind in
// the year — counted from the records in order of date, so the number is the register's, never invented.
import { DECISION_LAW } from './steps';

export const decisionPapers = [
  'announcement',
  'hearing-announcement',
  'review-opinion',
  'meeting-summary',
  'filing-report',
] as const;
export type DecisionPaper = (typeof decisionPapers)[number];

export const decisionPaperLabels = {
  announcement: '征求意见公告',
  'hearing-announcement': '听证会公告',
  'review-opinion': '合法性审查意见书',
  'meeting-summary': '会议纪要（摘要）',
  'filing-report': '备案报告',
} as const satisfies Record<DecisionPaper, string>;

/** The 代字 word of each kind after the unit's name: 公告, 听证, 法审 (legality review), 纪要, 报 (a report upward). */
const paperSeries = {
  announcement: '公告',
  'hearing-announcement': '听证',
  'review-opinion': '法审',
  'meeting-summary': '纪要',
  'filing-report': '报',
} as const satisfies Record<DecisionPaper, string>;

/** 示范区司法局法审〔2027〕3号 (GB/T 9704: 代字, the year in 六角括号, the number without leading zeros). */
export function decisionPaperNumber(issuer: string, paper: DecisionPaper, year: number, seq: number): string {
  return `${issuer}${paperSeries[paper]}〔${year}〕${seq}号`;
}

/** What a paper needs recorded, as the record tells it. */
export interface DecisionPaperFacts {
  consultationOpened: boolean;
  hearingAnnounced: boolean;
  reviewConcluded: boolean;
  meetingRecorded: boolean;
  published: boolean;
}

const needs = {
  announcement: ['consultationOpened', `尚未公开征求意见（${DECISION_LAW}第十四条、第十五条）`],
  'hearing-announcement': ['hearingAnnounced', `尚未公告听证会（${DECISION_LAW}第十六条）`],
  'review-opinion': ['reviewConcluded', `合法性审查尚未作出审查意见（${DECISION_LAW}第二十五条至第二十八条）`],
  'meeting-summary': ['meetingRecorded', `尚未记录集体讨论决定（${DECISION_LAW}第三十条）`],
  'filing-report': ['published', `决策尚未公布，不能报送备案（${DECISION_LAW}第三十二条）`],
} as const satisfies Record<DecisionPaper, readonly [keyof DecisionPaperFacts, string]>;

/** The refusal of a paper the record cannot fill yet (409, naming the missing step), or null. */
export function decisionPaperRefusal(
  paper: DecisionPaper,
  facts: DecisionPaperFacts,
): { status: 409; code: 'DECISION_PAPER_INCOMPLETE'; message: string } | null {
  const [fact, missing] = needs[paper];
  if (facts[fact]) return null;
  return {
    status: 409,
    code: 'DECISION_PAPER_INCOMPLETE',
    message: `不能生成${decisionPaperLabels[paper]}：${missing}`,
  };
}
