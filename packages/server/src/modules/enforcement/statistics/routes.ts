// 行政执法主体与人员统计: the platform's statistics routes (platform/http/statistics-routes.ts) given this module's
// query, figures and reads — the figures, the records behind each, the export.
import { enforcementStatisticKeys } from '@fazhi/core/enforcement';
import * as c from '@fazhi/core/contracts';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { registerStatisticsRoutes } from '../../../platform/http/statistics-routes';
import type { Services } from '../../../platform/services';
import { statisticsQueryFields } from '../../../platform/statistics';
import { exportEnforcementStatistics } from './export';
import { enforcementStatisticRecords, enforcementStatistics } from './queries';

export async function enforcementStatisticsRoutes(app: FastifyInstance, services: Services) {
  registerStatisticsRoutes(app, services, {
    path: '/enforcement-statistics',
    tags: ['行政执法主体与人员'],
    query: z.object(statisticsQueryFields),
    figureKeys: enforcementStatisticKeys,
    figures: {
      summary: '行政执法主体与人员统计（主体、证件状态、各主体证件、培训达标、法制审核人员比例）',
      answer: c.enforcementStatistics,
      read: enforcementStatistics,
    },
    records: {
      summary: '构成某项行政执法主体与人员统计数字的记录',
      answer: c.enforcementStatisticRecords,
      read: enforcementStatisticRecords,
    },
    export: {
      summary: '导出行政执法主体与人员统计（Excel：统计数字和构成每项数字的记录）',
      file: '行政执法主体与人员统计（Excel）',
      write: exportEnforcementStatistics,
    },
  });
}
