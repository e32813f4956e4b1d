// The groups of the decision statistics page, apart from the figures (statistics.ts): the console's shell bundles
// the module's labels, and a literal with no call at module level leaves the figure tables out of it.
export const decisionStatisticGroupLabels = {
  start: '决策启动',
  procedure: '决策程序',
  filing: '公布与备案',
  after: '执行与后评估',
} as const;
export type DecisionStatisticGroup = keyof typeof decisionStatisticGroupLabels;
