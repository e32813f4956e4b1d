// The groups of the enforcement statistics page, apart from the figures (statistics.ts): the console's shell bundles
// the module's labels, and a table built by a call at module level would come with them.
export const enforcementStatisticGroupLabels = {
  bodies: '行政执法主体',
  officers: '执法人员与证件',
  capacity: '培训与法制审核',
} as const;
export type EnforcementStatisticGroup = keyof typeof enforcementStatisticGroupLabels;
