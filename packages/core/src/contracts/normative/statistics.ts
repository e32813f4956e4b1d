// 规范性文件统计 (server modules/normative-documents/statistics/queries/statistics.ts): the figures of a period and scope, each
// defined in core normative-documents/statistics.ts, and the records behind one figure.
import { z } from 'zod';
import { statisticGroupLabels, statisticKeys } from '../../normative-documents/statistics';
import { isoDate, pageOf, statisticFigureDefinitionOf } from '../platform/common';

const figureDefinition = statisticFigureDefinitionOf(statisticKeys, statisticGroupLabels);

export const statisticFigure = figureDefinition.extend({
  /** a count, or a rate in percent (one decimal); null for a rate with nothing due */
  value: z.number().nullable(),
  display: z.string(),
  numerator: z.number().optional(),
  denominator: z.number().optional(),
});
export type StatisticFigure = z.infer<typeof statisticFigure>;
export type StatisticGroup = StatisticFigure['group'];

const period = z.object({ from: isoDate, to: isoDate });
export const statisticsScope = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  orgId: z.string().nullable(),
  orgName: z.string().nullable(),
});

export const normativeStatistics = z.object({
  period,
  scope: statisticsScope.extend({ units: z.array(z.object({ id: z.string(), name: z.string() })) }),
  figures: z.array(statisticFigure),
});
export type NormativeStatistics = z.infer<typeof normativeStatistics>;
export type StatisticsScope = NormativeStatistics['scope'];

export const statisticRecord = z.object({
  id: z.string(),
  recordId: z.string(),
  kind: z.enum(['document', 'campaign']),
  title: z.string(),
  docNumber: z.string().nullable(),
  unitName: z.string().nullable(),
  countedOn: isoDate,
  note: z.string(),
  inNumerator: z.boolean().optional(),
  link: z.string(),
});
export type StatisticRecord = z.infer<typeof statisticRecord>;

export const statisticRecords = pageOf(statisticRecord).extend({
  period,
  scope: statisticsScope,
  figure: figureDefinition,
});
export type StatisticRecords = z.infer<typeof statisticRecords>;
