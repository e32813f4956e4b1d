// After a 重大行政决策 is published (《重大行政决策程序暂行条例》第三十三条至第四十一条; statutes.md §5): the
// implementing unit and its progress reports (第三十四条), problems it raises (第三十五条), the post-decision
// evaluation (第三十六条), adjustment, suspension and stop only through the procedure (第三十七条), accountability
// records (第三十八条至第四十一条) and the archive of the whole record (第三十三条). Pure.
import { decisionArticle, decisionStepDefinitions, type DecisionStep } from './steps';
import { decisionStatusLabels, type DecisionFacts, type DecisionStatus } from './workflow';

/** The acts after the decision: one policy predicate each, one ability flag each. */
export const decisionAfterActions = [
  'assignImplementation',
  'reportProgress',
  'evaluate',
  'adjust',
  'suspend',
  'stop',
  'recordAccountability',
  'archive',
] as const;
export type DecisionAfterAction = (typeof decisionAfterActions)[number];

/** The act names written in `decision_record_acts.act` (the statistics count them by these names). */
export const decisionAfterActNames = {
  assignImplementation: 'implementation_assigned',
  reportProgress: 'progress_reported',
  evaluate: 'evaluated',
  adjust: 'adjusted',
  suspend: 'suspended',
  stop: 'stopped',
  recordAccountability: 'accountability_recorded',
  archive: 'archived',
} as const satisfies Record<DecisionAfterAction, string>;

export const decisionAfterActLabels = {
  assignImplementation: '明确决策执行单位',
  reportProgress: '报告决策执行情况',
  evaluate: '决策后评估',
  adjust: '调整决策',
  suspend: '中止执行',
  stop: '停止执行',
  recordAccountability: '记录责任追究',
  archive: '归档',
} as const satisfies Record<DecisionAfterAction, string>;

/** 第三十四条: no national period for the progress reports; the calendar rule (a region may set its own). */
export const PROGRESS_REPORT_RULE = 'decision.progress-report';

// ---- 第三十五条: what the implementing unit reports at once -----------------------------------------------------
export const executionProblems = ['problem_found', 'circumstances_changed', 'force_majeure'] as const;
export type ExecutionProblem = (typeof executionProblems)[number];
export const executionProblemLabels = {
  problem_found: '发现重大行政决策存在问题',
  circumstances_changed: '客观情况发生重大变化',
  force_majeure: '决策执行中发生不可抗力等严重影响决策目标实现的情形',
} as const satisfies Record<ExecutionProblem, string>;

// ---- 第三十六条: the evaluation's conclusion -----------------------------------------------------------------
export const evaluationConclusions = ['continue', 'adjust', 'stop'] as const;
export type EvaluationConclusion = (typeof evaluationConclusions)[number];
export const evaluationConclusionLabels = {
  continue: '继续执行',
  adjust: '建议调整决策',
  stop: '建议停止执行',
} as const satisfies Record<EvaluationConclusion, string>;

// ---- 第三十七条: adjustment ----------------------------------------------------------------------------------
/**
 * 第三十七条: 依法作出的重大行政决策，未经法定程序不得随意变更或者停止执行 … 需要作出重大调整的，应当依照本条例履行相关
 * 法定程序. Our reading, recorded here: an adjustment that leaves the decision's substance as it is (minor) is the
 * body's act with its reason and the meeting or instruction, and execution goes on; a major adjustment changes the
 * substance, so the changed decision runs the procedure again from its start (第十条 onwards: draft, public
 * participation, the applicable steps, legality review, collective discussion, Party report, publication) as a new
 * record, and the decision in force is suspended until that one is published. A stop is decided at a 常务会议 or
 * 全体会议 (第三十条, the procedure by which the decision was made); only a suspension in an emergency may be the head's
 * alone.
 */
export const adjustmentKinds = ['minor', 'major'] as const;
export type AdjustmentKind = (typeof adjustmentKinds)[number];
export const adjustmentKindLabels = {
  minor: '不改变决策实质内容的调整',
  major: '重大调整（依照条例重新履行决策程序）',
} as const satisfies Record<AdjustmentKind, string>;

/** The kinds of change recorded on a decision in force (第三十七条), as the page and the case file name them. */
export const decisionChangeKindLabels = {
  suspend: '中止执行',
  adjust_minor: adjustmentKindLabels.minor,
  adjust_major: adjustmentKindLabels.major,
  stop: '停止执行',
} as const;

/** The status an adjustment leaves: a minor one resumes execution, a major one suspends it until the new procedure ends. */
export function adjustmentOutcome(kind: AdjustmentKind): DecisionStatus {
  return kind === 'minor' ? 'published' : 'suspended';
}

// ---- 第三十八条至第四十一条: accountability -------------------------------------------------------------------
export const accountabilityArticles = ['art38', 'art38_lifelong', 'art39', 'art40', 'art41'] as const;
export type AccountabilityArticle = (typeof accountabilityArticles)[number];
export const accountabilityArticleLabels = {
  art38: `决策机关违反条例规定（${decisionArticle('第三十八条第一款')}）`,
  art38_lifelong: `造成决策严重失误或者久拖不决造成重大损失、恶劣影响，倒查责任、终身责任追究（${decisionArticle('第三十八条第二款')}）`,
  art39: `决策承办单位或者承担决策有关工作的单位未按规定履行决策程序、失职渎职、弄虚作假（${decisionArticle('第三十九条')}）`,
  art40: `决策执行单位拒不执行、推诿执行、拖延执行或者瞒报、谎报、漏报执行中发现的重大问题（${decisionArticle('第四十条')}）`,
  art41: `承担论证评估工作的专家、专业机构、社会组织等违反职业道德和条例规定（${decisionArticle('第四十一条')}）`,
} as const satisfies Record<AccountabilityArticle, string>;

// ---- the gates of the acts after the decision ---------------------------------------------------------------

/** What has been recorded after the decision, as the gates read it. */
export interface AfterFacts {
  implementationAssigned: boolean;
  archived: boolean;
  /** the stop or adjustment names the 常务会议/全体会议 (or, for an adjustment, the instruction) that decided it */
  changeDiscussed: boolean;
}

const inForce: readonly DecisionStatus[] = ['published', 'suspended'];
/** The statuses in which a decision's procedure has ended, so that its file can be closed. */
export const archivableStatuses: readonly DecisionStatus[] = [
  'published',
  'suspended',
  'stopped',
  'not_adopted',
  'not_started',
];

const allowedFrom: Record<DecisionAfterAction, readonly DecisionStatus[] | 'any'> = {
  assignImplementation: ['published'],
  reportProgress: inForce,
  evaluate: inForce,
  adjust: inForce,
  // 第三十七条: 情况紧急的，行政首长可以先决定中止执行
  suspend: ['published'],
  stop: inForce,
  recordAccountability: 'any',
  archive: archivableStatuses,
};

export type AfterRefusal = { status: 409 | 422; code: string; message: string };

const implementationMissing = `尚未完成：明确决策执行单位（${decisionArticle('第三十四条')}）`;

/** Why `act` may not be taken now (409 in the wrong status or already done, 422 an earlier step missing). */
export function decisionAfterRefusal(
  status: DecisionStatus,
  act: DecisionAfterAction,
  f: AfterFacts,
): AfterRefusal | null {
  const from = allowedFrom[act];
  if (from !== 'any' && !from.includes(status))
    return {
      status: 409,
      code: 'DECISION_STATUS_CONFLICT',
      message: `该决策当前状态为“${decisionStatusLabels[status]}”，不能${decisionAfterActLabels[act]}`,
    };
  if (act === 'archive' && f.archived)
    return { status: 409, code: 'DECISION_ALREADY_ARCHIVED', message: '该决策已归档，案卷不再重新生成' };
  if (act === 'assignImplementation' && f.implementationAssigned)
    return { status: 409, code: 'IMPLEMENTATION_ALREADY_ASSIGNED', message: '该决策已明确决策执行单位' };
  if ((act === 'reportProgress' || act === 'evaluate') && !f.implementationAssigned)
    return { status: 422, code: 'DECISION_STEP_MISSING', message: implementationMissing };
  if (act === 'stop' && !f.changeDiscussed)
    return {
      status: 422,
      code: 'DECISION_STEP_MISSING',
      message: `尚未完成：依照法定程序作出停止执行的决定（常务会议或者全体会议集体讨论，${decisionArticle('第三十条')}、${decisionArticle('第三十七条')}）`,
    };
  return null;
}

// ---- 第三十三条: the case file ---------------------------------------------------------------------------------

/** What the decision's file holds, besides the procedure's facts. */
export interface CaseFileFacts {
  status: DecisionStatus;
  facts: DecisionFacts;
  startRecorded: boolean;
  meetingRecorded: boolean;
  published: boolean;
  filed: boolean;
  implementationAssigned: boolean;
  progressReports: number;
}

export interface CaseFileGap {
  part: string;
  label: string;
  basis: string;
}

const basisOf = (s: DecisionStep, bases?: Partial<Record<DecisionStep, string>>) =>
  bases?.[s] ?? decisionStepDefinitions[s].basis;

/**
 * 第三十三条: 将履行决策程序形成的记录、材料及时完整归档 — the records the file lacks, in procedure order, for the
 * procedure as far as it went: a start refused holds the start; a draft not adopted every step to the meeting; a
 * decision published (in force, suspended or stopped) every step to the filing and its execution.
 */
export function caseFileGaps(c: CaseFileFacts, bases?: Partial<Record<DecisionStep, string>>): CaseFileGap[] {
  const gaps: CaseFileGap[] = [];
  const need = (
    ok: boolean,
    part: DecisionStep | 'progress',
    label: string,
    step: DecisionStep = part as DecisionStep,
  ) => {
    if (!ok) gaps.push({ part, label, basis: basisOf(step, bases) });
  };
  const f = c.facts;
  need(c.startRecorded, 'start', '决策启动的决定');
  if (c.status === 'not_started') return gaps;
  need(f.draftRecorded, 'drafting', '决策草案及起草说明');
  need(f.participationExempt || f.consultationClosed, 'public_participation', '公开征求意见及意见采纳情况');
  if (f.applicable.hearing) need(f.hearingRecordSigned, 'hearing', '听证会记录（听证参加人签字）');
  if (f.applicable.expert_review) need(f.expertOpinionsSigned, 'expert_review', '专家书面论证意见（署名、盖章）');
  if (f.applicable.risk_assessment) need(f.riskControllable !== null, 'risk_assessment', '风险评估报告');
  if (f.applicable.fair_competition_review)
    need(f.fairCompetitionReviewed, 'fair_competition_review', '公平竞争审查意见');
  need(f.legalityReview !== null, 'legality_review', '合法性审查意见');
  need(c.meetingRecorded, 'collective_discussion', '集体讨论决定的会议记录');
  if (c.status === 'not_adopted') return gaps;
  need(f.partyReported, 'party_report', '向同级党委请示报告的记录');
  need(c.published, 'publication', '公布的决策文本、意见采纳情况说明和政策解读');
  need(c.filed, 'filing', '备案报告');
  need(c.implementationAssigned, 'execution', '明确决策执行单位的决定');
  need(c.progressReports > 0, 'progress', '决策执行情况报告', 'execution');
  return gaps;
}

/** '案卷尚缺：…（条例第…条）；…' — the refusal of an archive with gaps, each with its article. */
export function describeCaseFileGaps(gaps: readonly CaseFileGap[]): string {
  return `案卷尚缺：${gaps.map((g) => `${g.label}（${g.basis}）`).join('；')}（${decisionArticle('第三十三条')}：决策过程记录和材料应当及时完整归档）`;
}
