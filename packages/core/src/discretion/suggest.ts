// The penalty suggestion: given a benchmark version and the facts of a case, which circumstance applies, its fine
// range (in yuan where a multiple's base is known) and the legal basis, and why — every statutory rule and every
// benchmark condition that held or did not. It suggests; the officer and the legal review decide (行政处罚法
// 第五十七条、第五十八条).
import {
  circumstanceLabels,
  describeFine,
  type BenchmarkContent,
  type Circumstance,
  type CircumstanceKind,
  type FineRange,
} from './benchmark';
import { conditionHolds, describeCondition, describeFact, type Condition, type Facts } from './facts';
import { educateOnNoPenalty, statutoryRules, type StatutoryEffect } from './statutory';

/** The order in which circumstances win when several apply. A region setting (`discretion.circumstance-order`):
 * no statute fixes it — 市场监管总局《关于规范市场监督管理行政处罚裁量权的指导意见》（国市监法规〔2022〕2号）
 * leaves a case with both lighter and heavier circumstances to 综合考虑 — so the platform's default puts the
 * law's 不予处罚 first and the lenient circumstances before the heavier one, and a region may state its own. */
export const defaultCircumstanceOrder: readonly CircumstanceKind[] = [
  'no_penalty',
  'reduced',
  'lighter',
  'heavier',
  'general',
];
export const circumstanceOrderBasis =
  '平台默认顺序（不予处罚、减轻、从轻、从重、一般）；《行政处罚法》第三十条至第三十三条规定不予处罚、从轻或者减轻的情形，' +
  '国市监法规〔2022〕2号规定既有从轻或者减轻情节又有从重情节的应当综合考虑，本地区可以另行规定适用顺序';

export interface ConditionReason {
  condition: string;
  entered: string;
  held: boolean | null;
}

export interface SuggestionReason {
  source: 'statute' | 'benchmark';
  /** the article (statute) or the circumstance's name (benchmark) */
  ref: string;
  text: string;
  applies: boolean;
  conditions: ConditionReason[];
}

export interface PenaltySuggestion {
  circumstance: CircumstanceKind;
  circumstanceLabel: string;
  /** false where the winning circumstance is one the law or benchmark allows (可以) but does not oblige */
  mandatory: boolean;
  fine: FineRange | null;
  fineText: string;
  /** a multiple's range in yuan when its base (违法所得/货值金额) was entered */
  fineYuan: { minYuan: number; maxYuan: number } | null;
  otherPenalties: string;
  basis: string[];
  reasons: SuggestionReason[];
  /** the other circumstances that also applied, in the order's sequence */
  alsoApplicable: CircumstanceKind[];
  conflict: string | null;
}

function evaluate(conditions: readonly Condition[], facts: Facts) {
  const detail = conditions.map((c) => ({
    condition: describeCondition(c),
    entered: describeFact(c.fact, facts),
    held: conditionHolds(c, facts),
  }));
  return { applies: detail.every((d) => d.held === true), detail };
}

const effectKinds: Record<StatutoryEffect, CircumstanceKind[]> = {
  no_penalty: ['no_penalty'],
  lighter_or_reduced: ['reduced', 'lighter'],
};

export function suggestPenalty(
  benchmark: BenchmarkContent,
  facts: Facts,
  order: readonly CircumstanceKind[] = defaultCircumstanceOrder,
): PenaltySuggestion {
  const reasons: SuggestionReason[] = [];
  // what made each kind applicable, and whether any of its grounds obliges it
  const grounds = new Map<CircumstanceKind, { mandatory: boolean; basis: string[] }>();
  const add = (kind: CircumstanceKind, mandatory: boolean, basis: string) => {
    const g = grounds.get(kind) ?? { mandatory: false, basis: [] };
    g.mandatory ||= mandatory;
    g.basis.push(basis);
    grounds.set(kind, g);
  };

  for (const rule of statutoryRules) {
    const { applies, detail } = evaluate(rule.conditions, facts);
    reasons.push({ source: 'statute', ref: rule.article, text: rule.text, applies, conditions: detail });
    if (!applies) continue;
    for (const kind of effectKinds[rule.effect]) {
      // 从轻或者减轻: the benchmark's own 减轻 circumstance is used only where the benchmark sets one
      if (kind === 'reduced' && !benchmark.circumstances.some((c) => c.kind === 'reduced')) continue;
      add(kind, rule.mandatory, `${rule.article}：${rule.text}`);
    }
  }
  for (const c of benchmark.circumstances) {
    if (c.kind === 'general') continue;
    const { applies, detail } = evaluate(c.conditions, facts);
    reasons.push({
      source: 'benchmark',
      ref: circumstanceLabels[c.kind],
      text: c.description,
      applies,
      conditions: detail,
    });
    // the benchmark's circumstances are its body's rule for the item: applying them is not left to choice
    if (applies) add(c.kind, true, `裁量基准“${circumstanceLabels[c.kind]}”情形：${c.description}`);
  }

  const applicable = order.filter((k) => k === 'general' || grounds.has(k));
  const winner = applicable[0] ?? 'general';
  const circumstance: Circumstance = benchmark.circumstances.find((c) => c.kind === winner) ?? {
    kind: winner,
    description: '',
    conditions: [],
    fine: null,
    otherPenalties: winner === 'no_penalty' ? '' : '按一般处罚情形裁量',
  };
  const fallback = winner !== 'no_penalty' && !benchmark.circumstances.some((c) => c.kind === winner);
  const chosen = fallback ? benchmark.circumstances.find((c) => c.kind === 'general')! : circumstance;
  const fine = winner === 'no_penalty' ? null : chosen.fine;
  const base = fine?.kind === 'multiple' ? facts[fine.of] : undefined;
  const fineYuan =
    fine?.kind === 'multiple' && typeof base === 'number'
      ? { minYuan: Math.round(base * fine.minTimes), maxYuan: Math.round(base * fine.maxTimes) }
      : fine?.kind === 'amount'
        ? { minYuan: fine.minYuan, maxYuan: fine.maxYuan }
        : null;

  const lenient = applicable.some((k) => k === 'no_penalty' || k === 'reduced' || k === 'lighter');
  const conflict =
    lenient && grounds.has('heavier')
      ? `同时具有${applicable
          .filter((k) => k !== 'general')
          .map((k) => circumstanceLabels[k])
          .join(
            '、',
          )}情形，按适用顺序（${order.map((k) => circumstanceLabels[k]).join(' > ')}）适用${circumstanceLabels[winner]}；${circumstanceOrderBasis}`
      : null;
  const basis = [benchmark.legalBasis, ...(grounds.get(winner)?.basis ?? [])];
  if (winner === 'no_penalty') basis.push(educateOnNoPenalty);
  return {
    circumstance: winner,
    circumstanceLabel: circumstanceLabels[winner],
    mandatory: winner === 'general' ? true : (grounds.get(winner)?.mandatory ?? true),
    fine,
    fineText: describeFine(fine),
    fineYuan,
    otherPenalties: winner === 'no_penalty' ? '' : chosen.otherPenalties,
    basis,
    reasons,
    alsoApplicable: applicable.slice(1).filter((k) => k !== 'general'),
    conflict,
  };
}
