// 重大行政决策统计: the figures of a period and scope, the records behind each figure, and the export — the
// platform's statistics routes (platform/http/statistics-routes.ts) given this module's query, figures and reads.
import { decisionStatisticKeys } from '@fazhi/core/major-decisions';
import * as c from '@fazhi/core/contracts';
import type { FastifyInstance } from 'fastify';
import { registerStatisticsRoutes } from '../../../platform/http/statistics-routes';
import type { Services } from '../../../platform/services';
import { exportDecisionStatistics } from './documents/statistics-export';
import { decisionStatisticRecords, decisionStatistics } from './queries/statistics';
import { decisionStatisticsQuery } from './schemas';

export async function decisionStatisticsRoutes(app: FastifyInstance, services: Services) {
  registerStatisticsRoutes(app, services, {
    path: '/decision-statistics',
    tags: ['重大行政决策'],
    query: decisionStatisticsQuery,
    figureKeys: decisionStatisticKeys,
    figures: {
      summary: '重大行政决策统计（启动、作出决策、公众参与、合法性审查率、备案、后评估等）',
      answer: c.decisionStatistics,
      read: decisionStatistics,
    },
    records: {
      summary: '构成某项重大行政决策统计数字的记录',
      answer: c.decisionStatisticRecords,
      read: decisionStatisticRecords,
    },
    export: {
      summary: '导出重大行政决策统计（Excel：统计数字和构成每项数字的记录）',
      file: '重大行政决策统计（Excel）',
      write: exportDecisionStatistics,
    },
  });
}
