// The two lenient lists a region publishes (seed 002 task 6): the 不予处罚清单 (行政处罚法第三十三条: 首违不罚,
// 轻微并及时改正, 无主观过错) and the 从轻减轻处罚清单 (第三十二条). They are read from the benchmarks in force, so a
// list and the benchmarks the officers apply can never disagree: each entry is an item's 不予处罚, or 减轻/从轻,
// circumstance with its conditions.
import { circumstanceLabels, describeFine, type BenchmarkContent, type CircumstanceKind } from './benchmark';
import { describeCondition } from './facts';

export const lenientListKinds = ['no_penalty', 'lighter_or_reduced'] as const;
export type LenientListKind = (typeof lenientListKinds)[number];
export const lenientListLabels = {
  no_penalty: '不予行政处罚事项清单',
  lighter_or_reduced: '从轻、减轻行政处罚事项清单',
} as const satisfies Record<LenientListKind, string>;
export const lenientListBasis = {
  no_penalty: '《中华人民共和国行政处罚法》第三十三条',
  lighter_or_reduced: '《中华人民共和国行政处罚法》第三十二条',
} as const satisfies Record<LenientListKind, string>;

export interface LenientEntry {
  list: LenientListKind;
  itemCode: string;
  itemName: string;
  legalBasis: string;
  circumstance: CircumstanceKind;
  circumstanceLabel: string;
  description: string;
  conditions: string[];
  penalty: string;
}

export function lenientEntries(benchmark: BenchmarkContent): LenientEntry[] {
  return benchmark.circumstances
    .filter((c) => c.kind === 'no_penalty' || c.kind === 'reduced' || c.kind === 'lighter')
    .map((c) => ({
      list: c.kind === 'no_penalty' ? 'no_penalty' : 'lighter_or_reduced',
      itemCode: benchmark.itemCode,
      itemName: benchmark.itemName,
      legalBasis: benchmark.legalBasis,
      circumstance: c.kind,
      circumstanceLabel: circumstanceLabels[c.kind],
      description: c.description,
      conditions: c.conditions.map(describeCondition),
      penalty:
        c.kind === 'no_penalty'
          ? '不予行政处罚，对当事人进行教育'
          : [describeFine(c.fine), c.otherPenalties].filter(Boolean).join('；'),
    }));
}
