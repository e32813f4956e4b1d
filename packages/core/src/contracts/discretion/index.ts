// 行政裁量权基准 (discretion benchmarks): the console's list and version with its abilities, the version in force
// for an item on a day, the penalty suggestion, the statistics, and the portal's benchmarks and lenient lists.
import { z } from 'zod';
import {
  benchmarkActions,
  circumstanceKinds,
  conditionOps,
  discretionStatisticGroupLabels,
  discretionStatisticKeys,
  factKeys,
  lenientListKinds,
  versionStandings,
} from '../../discretion';
import { abilitiesOf, bodyStatisticsContractsOf, isoDate } from '../platform/common';

const factValue = z.union([z.boolean(), z.number(), z.string()]);
export const discretionCondition = z.object({ fact: z.enum(factKeys), op: z.enum(conditionOps), value: factValue });
export const discretionFine = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('amount'), minYuan: z.number(), maxYuan: z.number() }),
  z.object({
    kind: z.literal('multiple'),
    of: z.enum(['illegalGainsYuan', 'goodsValueYuan']),
    minTimes: z.number(),
    maxTimes: z.number(),
  }),
]);
export const discretionCircumstance = z.object({
  kind: z.enum(circumstanceKinds),
  kindLabel: z.string(),
  description: z.string(),
  conditions: z.array(discretionCondition),
  /** the conditions in words */
  conditionTexts: z.array(z.string()),
  fine: discretionFine.nullable(),
  fineText: z.string(),
  otherPenalties: z.string(),
});
export type DiscretionCircumstance = z.infer<typeof discretionCircumstance>;

export const discretionBenchmarkRow = z.object({
  id: z.string(),
  implementingOrgId: z.string(),
  bodyName: z.string(),
  itemCode: z.string(),
  itemName: z.string(),
  versionNo: z.number(),
  standing: z.enum(versionStandings),
  standingLabel: z.string(),
  publishedOn: isoDate.nullable(),
  effectiveOn: isoDate.nullable(),
  isDemo: z.boolean(),
  /** in the list of benchmarks: why the item is no longer a penalty item of the body's 权责清单 in force (null: it is) */
  itemWarning: z.string().nullable().optional(),
});
export type DiscretionBenchmarkRow = z.infer<typeof discretionBenchmarkRow>;
export const discretionBenchmarkList = z.object({
  items: z.array(discretionBenchmarkRow),
  /** the units where the reader may draft a benchmark */
  bodies: z.array(z.object({ id: z.string(), name: z.string() })),
});

export const discretionBenchmark = discretionBenchmarkRow.extend({
  regionCode: z.string(),
  legalBasis: z.string(),
  reason: z.string().nullable(),
  circumstances: z.array(discretionCircumstance),
  versions: z.array(
    z.object({
      id: z.string(),
      versionNo: z.number(),
      standing: z.enum(versionStandings),
      standingLabel: z.string(),
      effectiveOn: isoDate.nullable(),
      reason: z.string().nullable(),
    }),
  ),
  /** the facts the suggestion form asks for, with their kinds and grades */
  facts: z.array(
    z.object({
      key: z.enum(factKeys),
      label: z.string(),
      type: z.enum(['boolean', 'number', 'level']),
      levels: z.array(z.object({ value: z.string(), label: z.string() })),
    }),
  ),
  abilities: abilitiesOf(benchmarkActions),
});
export type DiscretionBenchmark = z.infer<typeof discretionBenchmark>;

export const createdBenchmark = z.object({ id: z.string(), versionNo: z.number() });

/** The version in force for an item of a body on a day: what a case records as the version it applied. */
export const benchmarkInForce = z.object({
  on: isoDate,
  benchmark: discretionBenchmarkRow.nullable(),
});

const conditionReason = z.object({ condition: z.string(), entered: z.string(), held: z.boolean().nullable() });
export const penaltySuggestion = z.object({
  benchmarkId: z.string(),
  versionNo: z.number(),
  itemCode: z.string(),
  itemName: z.string(),
  circumstance: z.enum(circumstanceKinds),
  circumstanceLabel: z.string(),
  mandatory: z.boolean(),
  fine: discretionFine.nullable(),
  fineText: z.string(),
  fineYuan: z.object({ minYuan: z.number(), maxYuan: z.number() }).nullable(),
  otherPenalties: z.string(),
  basis: z.array(z.string()),
  reasons: z.array(
    z.object({
      source: z.enum(['statute', 'benchmark']),
      ref: z.string(),
      text: z.string(),
      applies: z.boolean(),
      conditions: z.array(conditionReason),
    }),
  ),
  alsoApplicable: z.array(z.enum(circumstanceKinds)),
  alsoApplicableLabels: z.array(z.string()),
  conflict: z.string().nullable(),
  order: z.array(z.string()),
  orderBasis: z.string(),
});
export type PenaltySuggestionAnswer = z.infer<typeof penaltySuggestion>;

/** Item 7 through the platform's statistics: each figure with its definition, per body the same figures (each row
 * opens the body's benchmarks), and the records behind one figure. */
const statistics = bodyStatisticsContractsOf(discretionStatisticKeys, discretionStatisticGroupLabels);
export const discretionStatistics = statistics.figures.extend({
  rows: z.array(
    z.object({
      implementingOrgId: z.string(),
      bodyName: z.string(),
      figures: z.record(z.enum(discretionStatisticKeys), z.number()),
    }),
  ),
});
export type DiscretionStatistics = z.infer<typeof discretionStatistics>;
export const discretionStatisticRecord = statistics.record;
export type DiscretionStatisticRecord = z.infer<typeof discretionStatisticRecord>;
export const discretionStatisticRecords = statistics.records;
export type DiscretionStatisticRecords = z.infer<typeof discretionStatisticRecords>;

export const publicBenchmarkRow = z.object({
  id: z.string(),
  bodyName: z.string(),
  itemCode: z.string(),
  itemName: z.string(),
  legalBasis: z.string(),
  versionNo: z.number(),
  effectiveOn: isoDate,
  isDemo: z.boolean(),
});
export const publicBenchmarkList = z.object({ items: z.array(publicBenchmarkRow) });
export const publicBenchmark = publicBenchmarkRow.extend({
  circumstances: z.array(discretionCircumstance),
  basisOfPublication: z.string(),
});
export type PublicBenchmark = z.infer<typeof publicBenchmark>;

export const lenientEntry = z.object({
  list: z.enum(lenientListKinds),
  benchmarkId: z.string(),
  isDemo: z.boolean(),
  bodyName: z.string(),
  itemCode: z.string(),
  itemName: z.string(),
  legalBasis: z.string(),
  circumstance: z.enum(circumstanceKinds),
  circumstanceLabel: z.string(),
  description: z.string(),
  conditions: z.array(z.string()),
  penalty: z.string(),
});
export const lenientLists = z.object({
  lists: z.array(
    z.object({ kind: z.enum(lenientListKinds), title: z.string(), basis: z.string(), entries: z.array(lenientEntry) }),
  ),
});
export type LenientLists = z.infer<typeof lenientLists>;
