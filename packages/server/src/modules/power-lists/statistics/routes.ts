// 清单统计: the figures of a list over a period and scope, the items behind each figure and the export — the
// platform's statistics routes (platform/http/statistics-routes.ts) given this module's query, figures and reads.
import { listKinds, powerListStatisticKeys } from '@fazhi/core/power-lists';
import * as c from '@fazhi/core/contracts';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { registerStatisticsRoutes } from '../../../platform/http/statistics-routes';
import { statisticsQueryFields } from '../../../platform/statistics';
import type { Services } from '../../../platform/services';
import { exportPowerListStatistics } from './export';
import { powerListStatisticRecords, powerListStatistics } from './statistics';

export const powerListStatisticsQuery = z.object({
  ...statisticsQueryFields,
  listKind: z.enum(listKinds, { error: '清单类型不存在' }).default('powers'),
});

export function powerListStatisticsRoutes(app: FastifyInstance, services: Services) {
  registerStatisticsRoutes(app, services, {
    path: '/power-list-statistics',
    tags: ['权责清单与事项清单'],
    query: powerListStatisticsQuery,
    figureKeys: powerListStatisticKeys,
    figures: {
      summary: '清单统计（期末现行事项、期间新增和精简事项、精简比例，按类型和实施主体）',
      answer: c.powerListStatistics,
      read: powerListStatistics,
    },
    records: {
      summary: '构成某项清单统计数字的事项',
      answer: c.powerListStatisticRecords,
      read: powerListStatisticRecords,
    },
    export: {
      summary: '导出清单统计（Excel：统计数字、按类型和实施主体的事项数）',
      file: '清单统计（Excel）',
      write: exportPowerListStatistics,
    },
  });
}
