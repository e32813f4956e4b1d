// The statute catalogue: every deadline the platform computes, with its law and article. Modules refer to a rule
// by id ('disclosure.reply') and never hard-code a number; a jurisdiction may override the amount only where the
// rule is `overridable` (the law leaves it to local rules, or the number is unverified).
import { disclosureRules } from './rules/disclosure';
import { disputeRules } from './rules/disputes';
import { enforcementRules } from './rules/enforcement';
import { governanceRules } from './rules/governance';
import { mediationRules } from './rules/mediation';
import { legalReviewRules } from './rules/legal-review';
import { reconsiderationRules } from './rules/reconsideration';
import type { Direction, Limit, StatuteRule, Unit } from './types';

export const statuteCatalogue: readonly StatuteRule[] = [
  ...reconsiderationRules,
  ...enforcementRules,
  ...disclosureRules,
  ...governanceRules,
  ...disputeRules,
  ...mediationRules,
  ...legalReviewRules,
];

const byId = new Map(statuteCatalogue.map((r) => [r.id, r]));

export function findRule(id: string): StatuteRule | undefined {
  return byId.get(id);
}

export const unitLabels = {
  working_days: '工作日',
  days: '日',
  months: '个月',
  years: '年',
  hours: '小时',
  fixed_date: '固定日期',
} satisfies Record<Unit, string>;

export const directionLabels = {
  after: '自起算日起向后计算',
  before: '自事件日起向前倒推',
} satisfies Record<Direction, string>;

export const limitLabels = {
  within: '应在期限内完成',
  at_least: '期间不得少于',
} satisfies Record<Limit, string>;

const amountFormats = {
  working_days: (n: number) => `${n}个工作日`,
  days: (n: number) => `${n}日`,
  months: (n: number) => `${n}个月`,
  years: (n: number) => `${n}年`,
  hours: (n: number) => `${n}小时`,
  fixed_date: () => '固定日期',
} satisfies Record<Unit, (n: number) => string>;

/** '5个工作日', '60日', '6个月', '24小时'. */
export function amountLabel(amount: number, unit: Unit): string {
  return amountFormats[unit](amount);
}

/** '《中华人民共和国行政复议法》第三十条'. */
export function basisOf(rule: StatuteRule): string {
  return `${rule.law}${rule.article}`;
}

/**
 * The kind of work a rule belongs to, by the namespace of its id ('reconsideration.acceptance-review' →
 * 行政复议), for the public deadline calculator's grouping.
 */
export const ruleGroupLabels: Readonly<Record<string, string>> = {
  reconsideration: '行政复议',
  enforcement: '行政执法',
  disclosure: '政府信息公开',
  report: '年度报告',
  normative: '行政规范性文件',
  regulation: '规章备案',
  decision: '重大行政决策',
  litigation: '行政应诉',
  'casefile-review': '案卷评查',
  supervision: '行政执法监督',
  'legal-review': '合同与议题合法性审查',
  mediation: '人民调解',
};

/** '行政复议' for 'reconsideration.acceptance-review'. */
export function ruleGroupOf(rule: StatuteRule): string {
  return ruleGroupLabels[rule.id.slice(0, rule.id.indexOf('.'))] ?? '其他';
}
