// 行政复议统计 through the platform's statistics routes (platform/http/statistics-routes.ts).
import { reconsiderationStatisticKeys } from '@fazhi/core/reconsideration';
import * as c from '@fazhi/core/contracts';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { registerStatisticsRoutes } from '../../../platform/http/statistics-routes';
import { statisticsQueryFields } from '../../../platform/statistics';
import type { Services } from '../../../platform/services';
import { exportReconsiderationStatistics } from './export';
import { reconsiderationStatisticRecords, reconsiderationStatistics } from './queries';

const query = z.object({ ...statisticsQueryFields, officeId: z.uuid('标识格式不正确').optional() });

export async function reconsiderationStatisticsRoutes(app: FastifyInstance, services: Services) {
  registerStatisticsRoutes(app, services, {
    path: '/reconsideration-statistics',
    tags: ['行政复议'],
    query,
    figureKeys: reconsiderationStatisticKeys,
    figures: {
      summary: '行政复议统计（收案、受理率、审结、纠错率、法定期限内结案率、决定书公开率）',
      answer: c.reconsiderationStatistics,
      read: reconsiderationStatistics,
    },
    records: {
      summary: '构成某项行政复议统计数字的案件',
      answer: c.reconsiderationStatisticRecords,
      read: reconsiderationStatisticRecords,
    },
    export: {
      summary: '导出行政复议统计（Excel：统计数字和构成每项数字的案件）',
      file: '行政复议统计（Excel）',
      write: exportReconsiderationStatistics,
    },
  });
}
