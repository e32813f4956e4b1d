// 裁量基准统计: the figures of a period and scope (with each body's share), the records behind each figure, and the
// export — the platform's statistics routes (platform/http/statistics-routes.ts) given this module's query, figures
// and reads.
import { discretionStatisticKeys } from '@fazhi/core/discretion';
import * as c from '@fazhi/core/contracts';
import type { FastifyInstance } from 'fastify';
import { registerStatisticsRoutes } from '../../../platform/http/statistics-routes';
import type { Services } from '../../../platform/services';
import { statisticsQuery } from '../schemas';
import { exportDiscretionStatistics } from './export';
import { discretionStatisticRecords, discretionStatistics } from './queries';

export function discretionStatisticsRoutes(app: FastifyInstance, services: Services) {
  registerStatisticsRoutes(app, services, {
    path: '/discretion-statistics',
    tags: ['行政裁量权基准'],
    query: statisticsQuery,
    figureKeys: discretionStatisticKeys,
    figures: {
      summary: '裁量基准统计（现行有效、公布、修订、起草中的裁量基准和各类裁量情形，按实施机关）',
      answer: c.discretionStatistics,
      read: discretionStatistics,
    },
    records: {
      summary: '构成某项裁量基准统计数字的记录',
      answer: c.discretionStatisticRecords,
      read: discretionStatisticRecords,
    },
    export: {
      summary: '导出裁量基准统计（Excel：统计数字、按实施机关和构成每项数字的记录）',
      file: '裁量基准统计（Excel）',
      write: exportDiscretionStatistics,
    },
  });
}
