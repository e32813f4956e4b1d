// The rules of the individual steps of a 重大行政决策 (《重大行政决策程序暂行条例》, statutes.md §5): the periods,
// counted only by the calendar engine with the region's calendar and settings; the risk assessment's outcome; the
// collective discussion's record; the post-decision evaluator; to whom the procedure applies. Pure.
import {
  computeDeadline,
  type DeadlineResult,
  type IsoDate,
  type JurisdictionSettings,
  type WorkingCalendar,
} from '../calendar';
import { decisionArticle } from './steps';

/** The periods of the procedure: each a rule of the statute catalogue (calendar/rules/governance.ts). */
export const decisionPeriods = {
  // 第十五条: 公开征求意见的期限一般不少于30日；因情况紧急等原因需要缩短期限的，公开征求意见时应当予以说明
  publicComment: 'decision.public-comment',
  // 第十六条第三款: 听证会材料应当于召开听证会7日前送达听证参加人
  hearingMaterials: 'decision.hearing-materials',
  // 第二十六条第二款: 送请合法性审查，应当保证必要的审查时间，一般不少于7个工作日
  legalityReview: 'decision.legality-review',
  // seed 002 task 11 (a local rule, overridable per region): 公布之日起30日内向上一级人民政府备案
  filing: 'decision.filing',
} as const;

interface PeriodContext {
  calendar: WorkingCalendar;
  settings?: JurisdictionSettings | undefined;
}

export type CommentPeriodVerdict =
  | { ok: true; shortened: boolean; earliestClose: IsoDate }
  | { ok: false; reason: 'closes_before_opening' | 'too_short'; earliestClose: IsoDate; message: string };

/** 第十五条: a comment period shorter than the rule's (30 days) needs its reason stated when consultation opens. */
export function checkCommentPeriod(
  c: PeriodContext,
  p: { opensOn: IsoDate; closesOn: IsoDate; shortenedReason?: string | null | undefined },
): CommentPeriodVerdict {
  const earliestClose = computeDeadline(c.calendar, decisionPeriods.publicComment, {
    from: p.opensOn,
    settings: c.settings,
  }).due;
  if (p.closesOn <= p.opensOn)
    return { ok: false, reason: 'closes_before_opening', earliestClose, message: '截止日期应当晚于开始日期' };
  if (p.closesOn >= earliestClose) return { ok: true, shortened: false, earliestClose };
  if (p.shortenedReason?.trim()) return { ok: true, shortened: true, earliestClose };
  return {
    ok: false,
    reason: 'too_short',
    earliestClose,
    message: `公开征求意见的期限一般不少于30日，早于${earliestClose}截止的应当在公开征求意见时说明缩短期限的理由（${decisionArticle('第十五条')}）`,
  };
}

/** 第十六条第三款: the latest day the hearing materials may reach the participants. */
export function hearingMaterialsDue(c: PeriodContext, hearingOn: IsoDate): DeadlineResult {
  return computeDeadline(c.calendar, decisionPeriods.hearingMaterials, { from: hearingOn, settings: c.settings });
}

/** 第十六条第三款: materials sent later than 7 days before the hearing are refused. */
export function checkHearingNotice(
  c: PeriodContext,
  p: { hearingOn: IsoDate; materialsSentOn: IsoDate },
): { ok: true } | { ok: false; latest: IsoDate; message: string } {
  const latest = hearingMaterialsDue(c, p.hearingOn).due;
  if (p.materialsSentOn <= latest) return { ok: true };
  return {
    ok: false,
    latest,
    message: `听证会材料应当于召开听证会7日前送达听证参加人，最迟${latest}送达（${decisionArticle('第十六条第三款')}）`,
  };
}

export type ReviewTimeVerdict =
  { ok: true; earliest: IsoDate; shortened: boolean } | { ok: false; earliest: IsoDate; message: string };

/**
 * 第二十六条第二款: the reviewing office is given normally at least 7 working days; a conclusion before that needs a
 * recorded reason (一般: an urgent matter may be shorter, as the article's wording allows).
 */
export function checkLegalityReviewTime(
  c: PeriodContext,
  p: { submittedOn: IsoDate; concludedOn: IsoDate; shortReason?: string | null | undefined },
): ReviewTimeVerdict {
  const earliest = computeDeadline(c.calendar, decisionPeriods.legalityReview, {
    from: p.submittedOn,
    settings: c.settings,
  }).due;
  if (p.concludedOn < p.submittedOn)
    return { ok: false, earliest, message: '审查意见的日期不能早于送请合法性审查的日期' };
  if (p.concludedOn >= earliest) return { ok: true, earliest, shortened: false };
  if (p.shortReason?.trim()) return { ok: true, earliest, shortened: true };
  return {
    ok: false,
    earliest,
    message: `送请合法性审查应当保证必要的审查时间，一般不少于7个工作日（${earliest}前作出的应当说明理由，${decisionArticle('第二十六条第二款')}）`,
  };
}

/** The filing deadline with the government one level up: the region's rule decision.filing from publication. */
export function filingDue(c: PeriodContext, publishedOn: IsoDate): DeadlineResult {
  return computeDeadline(c.calendar, decisionPeriods.filing, { from: publishedOn, settings: c.settings });
}

// ---- 风险评估 (第二十二条至第二十四条) ----------------------------------------------------------------------

export const riskLevels = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof riskLevels)[number];
export const riskLevelLabels = { low: '低风险', medium: '中风险', high: '高风险' } as const satisfies Record<
  RiskLevel,
  string
>;

export interface RiskReport {
  level: RiskLevel;
  /** the decision body's judgement (第二十四条): 风险可控 or not */
  controllable: boolean;
  riskPoints: readonly string[];
  measures: string;
  contingencyPlan: string;
}

export type RiskVerdict =
  | { ok: true; next: 'proceed' | 'back_to_drafting' }
  | { ok: false; missing: ('riskPoints' | 'measures' | 'contingencyPlan')[]; message: string };

/**
 * 第二十三条第二款: the report names the risk points, the prevention measures and the contingency plan. 第二十四条:
 * an uncontrollable risk sends the draft back to be adjusted before a decision may be made.
 */
export function assessRisk(r: RiskReport): RiskVerdict {
  const missing: ('riskPoints' | 'measures' | 'contingencyPlan')[] = [];
  if (!r.riskPoints.some((p) => p.trim())) missing.push('riskPoints');
  if (!r.measures.trim()) missing.push('measures');
  if (!r.contingencyPlan.trim()) missing.push('contingencyPlan');
  if (missing.length)
    return {
      ok: false,
      missing,
      message: `风险评估报告应当明确风险点，提出风险防范措施和处置预案（${decisionArticle('第二十三条第二款')}）`,
    };
  return { ok: true, next: r.controllable ? 'proceed' : 'back_to_drafting' };
}

// ---- 集体讨论决定 (第三十条) --------------------------------------------------------------------------------

export const meetingKinds = ['executive', 'plenary'] as const;
export type MeetingKind = (typeof meetingKinds)[number];
export const meetingKindLabels = { executive: '常务会议', plenary: '全体会议' } as const satisfies Record<
  MeetingKind,
  string
>;

export const meetingViews = ['agree', 'disagree', 'abstain'] as const;
export type MeetingView = (typeof meetingViews)[number];
export const meetingViewLabels = { agree: '同意', disagree: '不同意', abstain: '保留意见' } as const satisfies Record<
  MeetingView,
  string
>;

export const meetingDecisions = ['adopted', 'not_adopted', 'deferred'] as const;
export type MeetingDecision = (typeof meetingDecisions)[number];
export const meetingDecisionLabels = {
  adopted: '通过',
  not_adopted: '不予通过',
  deferred: '暂缓决定，修改后再议',
} as const satisfies Record<MeetingDecision, string>;

export interface MeetingSpeech {
  name: string;
  isHead: boolean;
  view: MeetingView;
  opinion: string;
}

export type MeetingProblem =
  'no_members' | 'head_missing' | 'head_not_last' | 'reasons_required' | 'dissent_unrecorded';

export const meetingProblemMessages = {
  no_members: `讨论决策草案，会议组成人员应当充分发表意见（${decisionArticle('第三十条第二款')}）`,
  head_missing: `决策机关行政首长在集体讨论的基础上作出决定，发言记录中应当有行政首长（${decisionArticle('第三十条第一款')}）`,
  head_not_last: `行政首长最后发表意见（${decisionArticle('第三十条第二款')}）`,
  reasons_required: `行政首长拟作出的决定与会议组成人员多数人的意见不一致的，应当在会上说明理由（${decisionArticle('第三十条第二款')}）`,
  dissent_unrecorded: `不同意见应当如实载明（${decisionArticle('第三十条第三款')}）`,
} as const satisfies Record<MeetingProblem, string>;

/**
 * 第三十条: the members speak, the head of government last; the decision is the head's; where it differs from the
 * majority of the other members' views, the reasons stated at the meeting are recorded; every dissent is written
 * down with its content. The majority is of the members who spoke before the head.
 */
export function checkMeetingRecord(m: {
  speeches: readonly MeetingSpeech[];
  decision: MeetingDecision;
  headReasons?: string | null | undefined;
}): MeetingProblem[] {
  const problems: MeetingProblem[] = [];
  const members = m.speeches.filter((s) => !s.isHead);
  if (members.length === 0) problems.push('no_members');
  const heads = m.speeches.filter((s) => s.isHead);
  if (heads.length !== 1) problems.push('head_missing');
  else if (!m.speeches[m.speeches.length - 1]!.isHead) problems.push('head_not_last');
  if (decisionDiffersFromMajority(members, m.decision) && !m.headReasons?.trim()) problems.push('reasons_required');
  if (m.speeches.some((s) => s.view !== 'agree' && !s.opinion.trim())) problems.push('dissent_unrecorded');
  return problems;
}

/** Whether adopting (or not) goes against what more than half of the members said. */
export function decisionDiffersFromMajority(members: readonly MeetingSpeech[], decision: MeetingDecision): boolean {
  if (members.length === 0 || decision === 'deferred') return false;
  const agree = members.filter((s) => s.view === 'agree').length;
  const against = members.length - agree;
  if (decision === 'adopted') return against * 2 > members.length;
  return agree * 2 > members.length;
}

// ---- 决策后评估 (第三十六条) --------------------------------------------------------------------------------

export const postEvaluationTriggers = ['effect_not_reached', 'many_objections', 'body_decided'] as const;
export type PostEvaluationTrigger = (typeof postEvaluationTriggers)[number];
export const postEvaluationTriggerLabels = {
  effect_not_reached: '重大行政决策实施后明显未达到预期效果',
  many_objections: '公民、法人或者其他组织提出较多意见',
  body_decided: '决策机关认为有必要',
} as const satisfies Record<PostEvaluationTrigger, string>;

/**
 * 第三十六条第二款: a third party may carry out the evaluation, except the unit that did the main assessment work
 * before the decision (the risk assessment, the expert review).
 */
export function checkEvaluator(p: {
  evaluatorName: string;
  preDecisionAssessors: readonly string[];
}): { ok: true } | { ok: false; message: string } {
  const name = p.evaluatorName.trim();
  if (!p.preDecisionAssessors.some((a) => a.trim() === name)) return { ok: true };
  return {
    ok: false,
    message: `${name}在决策作出前承担了主要论证评估工作，不得承担决策后评估（${decisionArticle('第三十六条第二款')}）`,
  };
}

// ---- 适用范围 (第二条、第四十二条) ------------------------------------------------------------------------

export type ProcedureApplicability = 'applies' | 'by_reference' | 'not_required';

/**
 * 第二条: the procedure binds the people's governments at county level and above. 第四十二条: their departments and
 * the township governments follow it 参照 — a region setting, since provinces set their own rules (第四十三条).
 */
export function procedureApplicability(
  orgKind: string,
  departmentsAndTownshipsFollow: boolean,
): ProcedureApplicability {
  if (orgKind === 'government') return 'applies';
  if (orgKind === 'department' || orgKind === 'township')
    return departmentsAndTownshipsFollow ? 'by_reference' : 'not_required';
  return 'not_required';
}
