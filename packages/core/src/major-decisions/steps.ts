// The steps of a 重大行政决策, in the order of 《重大行政决策程序暂行条例》(国务院令第713号, in force 2019-09-01;
// text read at [CL] 行政法规/重大行政决策程序暂行条例(2019-04-20).md, statutes.md §5), each with the article that
// requires it. Four steps apply only where the matter calls for them, and the year's catalogue says which apply
// to each item: 听证会 (Art. 16: 直接涉及切身利益或者存在较大分歧的，可以召开), 专家论证 (Art. 19: 专业性、技术性较强),
// 风险评估 (Art. 22: 可能对社会稳定、公共安全等方面造成不利影响) and 公平竞争审查 (Art. 29 (一): 涉及市场主体经济活动).

export const DECISION_LAW = '《重大行政决策程序暂行条例》';

/** 《重大行政决策程序暂行条例》第二十五条 → the citation shown to users. */
export const decisionArticle = (article: string) => `${DECISION_LAW}${article}`;

export const decisionSteps = [
  'start',
  'drafting',
  'public_participation',
  'hearing',
  'expert_review',
  'risk_assessment',
  'fair_competition_review',
  'legality_review',
  'collective_discussion',
  'party_report',
  'publication',
  'filing',
  'execution',
  'post_evaluation',
  'adjustment',
] as const;
export type DecisionStep = (typeof decisionSteps)[number];

// a literal (no call at module level), so a bundle that takes only the menu drops these tables
export const decisionStepLabels = {
  start: '决策启动',
  drafting: '拟订决策草案',
  public_participation: '公众参与',
  hearing: '听证会',
  expert_review: '专家论证',
  risk_assessment: '风险评估',
  fair_competition_review: '公平竞争审查',
  legality_review: '合法性审查',
  collective_discussion: '集体讨论决定',
  party_report: '向同级党委请示报告',
  publication: '决策公布',
  filing: '向上一级人民政府备案',
  execution: '决策执行',
  post_evaluation: '决策后评估',
  adjustment: '决策调整或者停止执行',
} as const satisfies Record<DecisionStep, string>;

export interface StepDefinition {
  label: string;
  /** the article(s) that require the step, as cited to users */
  basis: string;
}

export const decisionStepDefinitions = {
  start: { label: decisionStepLabels.start, basis: `${DECISION_LAW}第十条、第十一条` },
  drafting: { label: decisionStepLabels.drafting, basis: `${DECISION_LAW}第十二条、第十三条` },
  public_participation: {
    label: decisionStepLabels.public_participation,
    basis: `${DECISION_LAW}第十四条、第十五条、第十八条`,
  },
  hearing: { label: decisionStepLabels.hearing, basis: `${DECISION_LAW}第十六条、第十七条` },
  expert_review: { label: decisionStepLabels.expert_review, basis: `${DECISION_LAW}第十九条、第二十条` },
  risk_assessment: { label: decisionStepLabels.risk_assessment, basis: `${DECISION_LAW}第二十二条至第二十四条` },
  fair_competition_review: {
    label: decisionStepLabels.fair_competition_review,
    basis: `${DECISION_LAW}第二十九条第一项、《公平竞争审查条例》（国务院令第783号）第二条`,
  },
  legality_review: { label: decisionStepLabels.legality_review, basis: `${DECISION_LAW}第二十五条至第二十八条` },
  collective_discussion: { label: decisionStepLabels.collective_discussion, basis: `${DECISION_LAW}第三十条` },
  party_report: { label: decisionStepLabels.party_report, basis: `${DECISION_LAW}第三十一条` },
  publication: { label: decisionStepLabels.publication, basis: `${DECISION_LAW}第三十二条` },
  // No national article sets the filing: it is a local rule (seed 002 task 11: 公布之日起30日内向上一级人民政府备案),
  // calendar rule decision.filing, overridable per region. Another locality's document is never shown as the basis:
  // the server shows the region's own configured rule (`stepBasesIn`) and this wording where it has none.
  filing: { label: decisionStepLabels.filing, basis: '本地区关于重大行政决策备案的规定' },
  execution: { label: decisionStepLabels.execution, basis: `${DECISION_LAW}第三十四条、第三十五条` },
  post_evaluation: { label: decisionStepLabels.post_evaluation, basis: `${DECISION_LAW}第三十六条` },
  adjustment: { label: decisionStepLabels.adjustment, basis: `${DECISION_LAW}第三十七条` },
} as const satisfies Record<DecisionStep, StepDefinition>;

/** The steps a catalogue item marks as applying to it; the others apply to every decision. */
export const optionalSteps = ['hearing', 'expert_review', 'risk_assessment', 'fair_competition_review'] as const;
export type OptionalStep = (typeof optionalSteps)[number];

/** What a catalogue item says applies: one flag per optional step. */
export type ApplicableSteps = Record<OptionalStep, boolean>;

export const optionalStepWhen = {
  hearing: '直接涉及公民、法人、其他组织切身利益或者存在较大分歧的（第十六条）',
  expert_review: '专业性、技术性较强的（第十九条）',
  risk_assessment: '实施可能对社会稳定、公共安全等方面造成不利影响的（第二十二条）',
  fair_competition_review: '涉及市场主体经济活动的（第二十九条第一项）',
} as const satisfies Record<OptionalStep, string>;

/** The procedure of one decision: every step in order, the optional ones only where they apply. */
export function stepsFor(applicable: ApplicableSteps): DecisionStep[] {
  return decisionSteps.filter(
    (s) => !(optionalSteps as readonly string[]).includes(s) || applicable[s as OptionalStep],
  );
}

export function isOptionalStep(step: string): step is OptionalStep {
  return (optionalSteps as readonly string[]).includes(step);
}

/** The steps' bases in one region: the filing step cites the region's own rule where it configured one. */
export function stepBasesIn(regionFilingRule: string | undefined): Record<DecisionStep, string> {
  const bases = Object.fromEntries(decisionSteps.map((s) => [s, decisionStepDefinitions[s].basis])) as Record<
    DecisionStep,
    string
  >;
  if (regionFilingRule?.trim()) bases.filing = regionFilingRule.trim();
  return bases;
}
