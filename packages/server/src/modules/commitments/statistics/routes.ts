// 告知承诺制统计: the figures of a period and scope, the records behind each figure, and the export — the platform's
// statistics routes (platform/http/statistics-routes.ts) given this module's query, figures and reads.
import { commitmentStatisticKeys } from '@fazhi/core/commitments';
import * as c from '@fazhi/core/contracts';
import type { FastifyInstance } from 'fastify';
import { registerStatisticsRoutes } from '../../../platform/http/statistics-routes';
import type { Services } from '../../../platform/services';
import { commitmentStatisticsQuery } from '../schemas';
import { exportCommitmentStatistics } from './export';
import { commitmentStatisticRecords, commitmentStatistics } from './queries';

export async function commitmentStatisticsRoutes(app: FastifyInstance, services: Services) {
  registerStatisticsRoutes(app, services, {
    path: '/commitment-statistics',
    tags: ['告知承诺制'],
    query: commitmentStatisticsQuery,
    figureKeys: commitmentStatisticKeys,
    figures: {
      summary: '告知承诺制统计（通过告知承诺制办理、核查、承诺不实的事项）',
      answer: c.commitmentStatistics,
      read: commitmentStatistics,
    },
    records: {
      summary: '构成某项告知承诺制统计数字的记录',
      answer: c.commitmentStatisticRecords,
      read: commitmentStatisticRecords,
    },
    export: {
      summary: '导出告知承诺制统计（Excel：统计数字和构成每项数字的记录）',
      file: '告知承诺制统计（Excel）',
      write: exportCommitmentStatistics,
    },
  });
}
