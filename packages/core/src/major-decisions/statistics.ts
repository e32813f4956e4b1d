// 重大行政决策统计: what each figure counts, as data (the normative statistics pattern, core normative-documents/
// statistics.ts). The county's annual 法治政府建设 report states figures such as "作出重大行政决策12件，均经过公众参与、
// 专家论证、风险评估、合法性审查和集体讨论决定" and "合法性审查率100%" (seed 003 二(四)); none says which date puts a
// decision in a period, so each definition fixes it. The server lists the records behind every figure from exactly
// these rules: a figure is the count of its records.
import { DECISION_LAW } from './steps';
import type { StatisticUnit } from '../statistics';

import { decisionStatisticGroupLabels, type DecisionStatisticGroup } from './statistic-labels';

export { decisionStatisticGroupLabels, type DecisionStatisticGroup };

/**
 * The acts (decision_record_acts.act) that show a step was taken, declared once for every figure that counts them.
 * Public participation is the consultation on the portal or a hearing (第十四条: 听证会 is one of its forms).
 */
export const decisionStepActs = {
  public_participation: ['consultation', 'hearing_held'],
  hearing: ['hearing_held'],
  expert_review: ['experts_heard'],
  risk_assessment: ['risk_assessed'],
  fair_competition_review: ['fair_competition_reviewed'],
  post_evaluation: ['evaluated'],
  adjustment: ['adjusted'],
  // 第三十七条: 停止执行或者暂缓执行
  stop: ['stopped', 'suspended'],
} as const;
export type CountedStep = keyof typeof decisionStepActs;

export interface DecisionStatisticDefinition {
  key: string;
  label: string;
  group: DecisionStatisticGroup;
  unit: StatisticUnit;
  /** what is counted and which date puts a decision in the period (shown next to the figure) */
  definition: string;
  /** the national source requiring what is counted */
  basis: string;
  /** the date shown for each record behind the figure */
  countedDate: string;
  numerator?: string;
  denominator?: string;
  /** a rate the law requires at this value (合法性审查: every decision): below it the figure is shown in red */
  required?: number;
}

const law = (articles: string) => `${DECISION_LAW}（国务院令第713号）${articles}`;
const DECIDED = '集体讨论决定日期在统计期内、决定通过的决策中，';

export const decisionStatisticDefinitions = [
  // ── 启动 ──
  {
    key: 'catalogue_items',
    label: '决策事项目录事项',
    group: 'start',
    unit: '件',
    // the version in force at the period end: an adjustment replaces the list, it does not add to it
    definition: '年度在统计期内的决策事项目录中、至统计期末最近一次公布的版本所列的事项。',
    basis: law('第三条第三款：决策机关应当制定年度决策事项目录，经同级党委同意后向社会公布'),
    countedDate: '目录公布日期',
  },
  {
    key: 'started',
    label: '启动决策',
    group: 'start',
    unit: '件',
    definition: '决定启动日期在统计期内的决策（目录内、目录外均计入）。',
    basis: law('第十条、第十一条'),
    countedDate: '决定启动日期',
  },
  {
    key: 'started_in_catalogue',
    label: '其中：目录内事项',
    group: 'start',
    unit: '件',
    definition: '决定启动日期在统计期内、列入决策事项目录的决策。',
    basis: law('第三条第三款'),
    countedDate: '决定启动日期',
  },
  {
    key: 'started_outside_catalogue',
    label: '其中：目录外事项',
    group: 'start',
    unit: '件',
    definition: '决定启动日期在统计期内、未列入决策事项目录而说明理由启动的决策。',
    basis: law('第三条第三款'),
    countedDate: '决定启动日期',
  },
  // ── 程序 ──
  {
    key: 'decided',
    label: '作出决策',
    group: 'procedure',
    unit: '件',
    definition: '集体讨论决定日期在统计期内、决定通过的决策。',
    basis: law('第三十条'),
    countedDate: '集体讨论决定日期',
  },
  {
    key: 'decided_with_public_participation',
    label: '其中：经公众参与',
    group: 'procedure',
    unit: '件',
    definition: `${DECIDED}此前公开征求意见或者召开听证会的。`,
    basis: law('第十四条至第十八条'),
    countedDate: '集体讨论决定日期',
  },
  {
    key: 'decided_with_hearing',
    label: '其中：经听证',
    group: 'procedure',
    unit: '件',
    definition: `${DECIDED}此前召开听证会的。`,
    basis: law('第十六条、第十七条'),
    countedDate: '集体讨论决定日期',
  },
  {
    key: 'decided_with_expert_review',
    label: '其中：经专家论证',
    group: 'procedure',
    unit: '件',
    definition: `${DECIDED}此前组织专家论证的。`,
    basis: law('第十九条至第二十一条'),
    countedDate: '集体讨论决定日期',
  },
  {
    key: 'decided_with_risk_assessment',
    label: '其中：经风险评估',
    group: 'procedure',
    unit: '件',
    definition: `${DECIDED}此前进行风险评估的。`,
    basis: law('第二十二条至第二十四条'),
    countedDate: '集体讨论决定日期',
  },
  {
    key: 'decided_with_fair_competition_review',
    label: '其中：经公平竞争审查',
    group: 'procedure',
    unit: '件',
    definition: `${DECIDED}此前进行公平竞争审查的。`,
    basis: law('第二十九条第一项'),
    countedDate: '集体讨论决定日期',
  },
  {
    key: 'legality_review_rate',
    label: '合法性审查率',
    group: 'procedure',
    unit: '%',
    // 第二十五条: a draft not reviewed may not be discussed, so anything under 100% is a breach to look at
    definition:
      '集体讨论日期在统计期内的决策（不论讨论结果）中，讨论前已作出合法性审查意见且未认定违法的比例；应当为100%。',
    basis: law(
      '第二十五条：决策草案提交决策机关讨论前，应当由负责合法性审查的部门进行合法性审查；不得以征求意见等方式代替合法性审查',
    ),
    countedDate: '集体讨论日期',
    numerator: '讨论前已经合法性审查的件数',
    denominator: '统计期内提交集体讨论的件数',
    required: 100,
  },
  // ── 公布与备案 ──
  {
    key: 'published',
    label: '公布决策',
    group: 'filing',
    unit: '件',
    definition: '公布日期在统计期内的决策。',
    basis: law('第三十二条'),
    countedDate: '公布日期',
  },
  {
    key: 'filed',
    label: '报送备案',
    group: 'filing',
    unit: '件',
    definition: '报送上一级人民政府备案的日期在统计期内的决策。',
    // no national article: the region's own filing rule (seed 002 task 11), cited on each decision's deadline
    basis: '本地区关于重大行政决策备案的规定（备案期限以各决策登记的期限为准）',
    countedDate: '报送备案日期',
  },
  {
    key: 'filed_on_time_rate',
    label: '按期备案率',
    group: 'filing',
    unit: '%',
    definition: '统计期内报送备案的决策中，报送日期不晚于登记的备案期限届满日的比例。',
    basis: '本地区关于重大行政决策备案的规定（备案期限以各决策登记的期限为准）',
    countedDate: '报送备案日期',
    numerator: '按期报送备案的件数',
    denominator: '统计期内报送备案的件数',
  },
  // ── 执行与后评估 ──
  {
    key: 'post_evaluated',
    label: '决策后评估',
    group: 'after',
    unit: '件',
    definition: '后评估结论作出日期在统计期内的评估（同一决策评估多次的，按次计）。',
    basis: law('第三十六条'),
    countedDate: '后评估日期',
  },
  {
    key: 'adjusted',
    label: '调整决策',
    group: 'after',
    unit: '件',
    definition: '经决策机关决定调整的日期在统计期内的调整（按次计）。',
    basis: law('第三十七条'),
    countedDate: '调整日期',
  },
  {
    key: 'stopped',
    label: '停止执行或暂缓执行',
    group: 'after',
    unit: '件',
    definition: '经决策机关决定停止执行或者暂缓执行的日期在统计期内的决定（按次计）。',
    basis: law('第三十七条'),
    countedDate: '决定日期',
  },
] as const satisfies readonly DecisionStatisticDefinition[];

export type DecisionStatisticKey = (typeof decisionStatisticDefinitions)[number]['key'];
export const decisionStatisticKeys = decisionStatisticDefinitions.map((d) => d.key) as DecisionStatisticKey[];

/** The figures of decisions decided with a step, and the step whose acts they look for. */
export const decidedWithStep = {
  decided_with_public_participation: 'public_participation',
  decided_with_hearing: 'hearing',
  decided_with_expert_review: 'expert_review',
  decided_with_risk_assessment: 'risk_assessment',
  decided_with_fair_competition_review: 'fair_competition_review',
} as const satisfies Partial<Record<DecisionStatisticKey, CountedStep>>;

/** The figures counting acts of a step, one record per act. */
export const actsOfStep = {
  post_evaluated: 'post_evaluation',
  adjusted: 'adjustment',
  stopped: 'stop',
} as const satisfies Partial<Record<DecisionStatisticKey, CountedStep>>;

export function decisionStatisticDefinition(key: DecisionStatisticKey): DecisionStatisticDefinition {
  return decisionStatisticDefinitions.find((d) => d.key === key) as DecisionStatisticDefinition;
}

/** A rate below what the law requires (shown red); a rate of nothing (null) is not below it. */
export function belowRequired(key: DecisionStatisticKey, value: number | null): boolean {
  const required = decisionStatisticDefinition(key).required;
  return required !== undefined && value !== null && value < required;
}
