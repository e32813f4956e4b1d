// The answers of 行政复议统计: the figures of a period with the records behind each (the office's cases).
import type { z } from 'zod';
import { reconsiderationStatisticGroupLabels, reconsiderationStatisticKeys } from '../../reconsideration';
import { bodyStatisticsContractsOf } from '../platform/common';

const statistics = bodyStatisticsContractsOf(reconsiderationStatisticKeys, reconsiderationStatisticGroupLabels);
export const reconsiderationStatistics = statistics.figures;
export type ReconsiderationStatistics = z.infer<typeof reconsiderationStatistics>;
export const reconsiderationStatisticRecord = statistics.record;
export type ReconsiderationStatisticRecord = z.infer<typeof reconsiderationStatisticRecord>;
export const reconsiderationStatisticRecords = statistics.records;
export type ReconsiderationStatisticRecords = z.infer<typeof reconsiderationStatisticRecords>;
