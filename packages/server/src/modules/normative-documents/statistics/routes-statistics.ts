// 规范性文件统计: the figures of a period and scope, the records behind each figure, and the export — the platform's
// statistics routes (platform/http/statistics-routes.ts) given this module's query, figures and reads.
import { statisticKeys } from '@fazhi/core/normative-documents';
import * as c from '@fazhi/core/contracts';
import type { FastifyInstance } from 'fastify';
import { registerStatisticsRoutes } from '../../../platform/http/statistics-routes';
import type { Services } from '../../../platform/services';
import { normativeStatisticRecords, normativeStatistics } from './queries/statistics';
import { statisticsQuery } from './schemas-statistics';
import { exportStatistics } from './documents/statistics-export';

export async function statisticsRoutes(app: FastifyInstance, services: Services) {
  registerStatisticsRoutes(app, services, {
    path: '/normative-statistics',
    tags: ['行政规范性文件'],
    query: statisticsQuery,
    figureKeys: statisticKeys,
    figures: {
      summary: '规范性文件统计（审结率、备案率、及时率、备案审查结果、清理结果等）',
      answer: c.normativeStatistics,
      read: normativeStatistics,
    },
    records: { summary: '构成某项统计数字的记录', answer: c.statisticRecords, read: normativeStatisticRecords },
    export: {
      summary: '导出规范性文件统计（Excel：全部统计数字和分单位统计表）',
      file: '规范性文件统计（Excel）',
      write: exportStatistics,
    },
  });
}
