// 受理审查 (第三十条): the seven conditions the office checks within five working days; 补正 (第三十一条) lists every
// missing item at once; 不予受理 gives its reasons and names the competent body where another one is.

// 第三十条第一款 (一)至(七)
export const acceptanceConditions = [
  'applicant-and-respondent',
  'interest',
  'requests-and-reasons',
  'within-time',
  'within-scope',
  'within-jurisdiction',
  'no-parallel-case',
] as const;
export type AcceptanceCondition = (typeof acceptanceConditions)[number];
export const acceptanceConditionLabels = {
  'applicant-and-respondent': '有明确的申请人和符合本法规定的被申请人',
  interest: '申请人与被申请行政复议的行政行为有利害关系',
  'requests-and-reasons': '有具体的行政复议请求和理由',
  'within-time': '在法定申请期限内提出',
  'within-scope': '属于本法规定的行政复议范围',
  'within-jurisdiction': '属于本机关的管辖范围',
  'no-parallel-case':
    '行政复议机关未受理过该申请人就同一行政行为提出的行政复议申请，并且人民法院未受理过该申请人就同一行政行为提起的行政诉讼',
} as const satisfies Record<AcceptanceCondition, string>;
export const acceptanceConditionsBasis = '《中华人民共和国行政复议法》第三十条第一款';

/** The conditions a refusal must name at least one of: those not met. */
export function unmetConditions(met: readonly AcceptanceCondition[]): AcceptanceCondition[] {
  return acceptanceConditions.filter((c) => !met.includes(c));
}

/** 第三十一条第一款: 一次性载明需要补正的事项 — the items, each said once, none empty. */
export function correctionItemsProblem(items: readonly string[]): string | null {
  const trimmed = items.map((i) => i.trim());
  if (trimmed.length === 0) return '请一次性列明需要补正的全部事项';
  if (trimmed.some((i) => i === '')) return '补正事项不得为空';
  if (new Set(trimmed).size !== trimmed.length) return '补正事项重复';
  return null;
}
