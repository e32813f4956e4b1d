// 重大行政决策统计 (server modules/major-decisions/statistics/): the figures of a period and scope, each defined in
// core major-decisions/statistics.ts, and the decisions behind one figure.
import { z } from 'zod';
import { decisionStatisticGroupLabels, decisionStatisticKeys } from '../../major-decisions/statistics';
import { isoDate, pageOf, statisticFigureDefinitionOf, statisticFigureOf } from '../platform/common';

const figureDefinition = statisticFigureDefinitionOf(decisionStatisticKeys, decisionStatisticGroupLabels);

const unit = z.object({ id: z.string(), name: z.string() });
const period = z.object({ from: isoDate, to: isoDate });
const scope = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  bodyOrgId: z.string().nullable(),
  bodyName: z.string().nullable(),
  sponsorOrgId: z.string().nullable(),
  sponsorName: z.string().nullable(),
});

export const decisionStatisticFigure = statisticFigureOf(decisionStatisticKeys, decisionStatisticGroupLabels);
export type DecisionStatisticFigure = z.infer<typeof decisionStatisticFigure>;

export const decisionStatistics = z.object({
  period,
  scope: scope.extend({ bodies: z.array(unit), sponsors: z.array(unit) }),
  figures: z.array(decisionStatisticFigure),
});
export type DecisionStatistics = z.infer<typeof decisionStatistics>;

export const decisionStatisticRecord = z.object({
  decisionId: z.string().nullable(),
  /** the catalogue item, act or decision the figure counts */
  recordId: z.string(),
  title: z.string(),
  bodyName: z.string(),
  sponsorName: z.string(),
  countedOn: isoDate,
  note: z.string(),
  inNumerator: z.boolean().optional(),
  link: z.string(),
});
export type DecisionStatisticRecord = z.infer<typeof decisionStatisticRecord>;

export const decisionStatisticRecords = pageOf(decisionStatisticRecord).extend({
  period,
  scope,
  figure: figureDefinition,
});
export type DecisionStatisticRecords = z.infer<typeof decisionStatisticRecords>;
