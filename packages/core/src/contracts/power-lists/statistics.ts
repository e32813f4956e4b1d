// 清单统计 (server modules/power-lists/statistics/): the figures of a list over a period and scope, the items by kind
// and by body at the period's end, and the items behind one figure.
import { z } from 'zod';
import { listKindLabels, powerItemKindLabels } from '../../power-lists/kinds';
import { powerListStatisticGroupLabels, powerListStatisticKeys } from '../../power-lists/statistics';
import { isoDate, keysOf, pageOf, statisticFigureDefinitionOf, statisticFigureOf } from '../platform/common';

const figureDefinition = statisticFigureDefinitionOf(powerListStatisticKeys, powerListStatisticGroupLabels);
const period = z.object({ from: isoDate, to: isoDate });
const scope = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  listKind: keysOf(listKindLabels),
  listLabel: z.string(),
  /** the versions in force on the period's first and last day (null: none yet) */
  fromVersion: z.number().nullable(),
  toVersion: z.number().nullable(),
});

export const powerListStatistics = z.object({
  period,
  scope,
  figures: z.array(statisticFigureOf(powerListStatisticKeys, powerListStatisticGroupLabels)),
  byKind: z.array(z.object({ itemKind: keysOf(powerItemKindLabels), label: z.string(), count: z.number() })),
  byBody: z.array(z.object({ orgId: z.string(), name: z.string(), count: z.number() })),
});
export type PowerListStatistics = z.infer<typeof powerListStatistics>;

export const powerListStatisticRecords = pageOf(
  z.object({
    recordId: z.string(),
    code: z.string(),
    title: z.string(),
    bodyName: z.string(),
    itemKindLabel: z.string(),
    countedOn: isoDate,
    inNumerator: z.boolean().optional(),
  }),
).extend({ period, scope, figure: figureDefinition });
export type PowerListStatisticRecords = z.infer<typeof powerListStatisticRecords>;
