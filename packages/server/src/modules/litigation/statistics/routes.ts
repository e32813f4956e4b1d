// 行政应诉统计: the figures of a period and scope, the records behind each figure, and the export — the platform's
// statistics routes (platform/http/statistics-routes.ts) given this module's query, figures and reads.
import { litigationStatisticKeys } from '@fazhi/core/litigation';
import * as c from '@fazhi/core/contracts';
import type { FastifyInstance } from 'fastify';
import { registerStatisticsRoutes } from '../../../platform/http/statistics-routes';
import type { Services } from '../../../platform/services';
import { litigationStatisticsQuery } from '../schemas';
import { exportLitigationStatistics } from './export';
import { litigationStatisticRecords, litigationStatistics } from './queries';

export async function litigationStatisticsRoutes(app: FastifyInstance, services: Services) {
  registerStatisticsRoutes(app, services, {
    path: '/litigation-statistics',
    tags: ['行政应诉'],
    query: litigationStatisticsQuery,
    figureKeys: litigationStatisticKeys,
    figures: {
      summary: '行政应诉统计（新收、审结、败诉率、负责人出庭应诉率、司法建议和检察建议）',
      answer: c.litigationStatistics,
      read: litigationStatistics,
    },
    records: {
      summary: '构成某项行政应诉统计数字的记录',
      answer: c.litigationStatisticRecords,
      read: litigationStatisticRecords,
    },
    export: {
      summary: '导出行政应诉统计（Excel：统计数字和构成每项数字的记录）',
      file: '行政应诉统计（Excel）',
      write: exportLitigationStatistics,
    },
  });
}
