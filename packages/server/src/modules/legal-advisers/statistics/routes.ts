// 法律顾问与合法性审查统计: the figures of a period and scope, the records behind each figure, and the export — the
// platform's statistics routes (platform/http/statistics-routes.ts) given this module's query, figures and reads.
import { legalAdviserStatisticKeys } from '@fazhi/core/legal-advisers';
import * as c from '@fazhi/core/contracts';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { registerStatisticsRoutes } from '../../../platform/http/statistics-routes';
import type { Services } from '../../../platform/services';
import { statisticsQueryFields } from '../../../platform/statistics';
import { exportLegalAdviserStatistics } from './export';
import { legalAdviserStatisticRecords, legalAdviserStatistics } from './queries';

const query = z.object({ ...statisticsQueryFields, statisticsUnitId: z.uuid('标识格式不正确').optional() });

export async function legalAdviserStatisticsRoutes(app: FastifyInstance, services: Services) {
  registerStatisticsRoutes(app, services, {
    path: '/legal-adviser-statistics',
    tags: ['法律顾问与合法性审查'],
    query,
    figureKeys: legalAdviserStatisticKeys,
    figures: {
      summary: '法律顾问与合法性审查统计（法律顾问、公职律师，参与事项，合同、议题和文件审查）',
      answer: c.legalAdviserStatistics,
      read: legalAdviserStatistics,
    },
    records: {
      summary: '构成某项法律顾问与合法性审查统计数字的记录',
      answer: c.legalAdviserStatisticRecords,
      read: legalAdviserStatisticRecords,
    },
    export: {
      summary: '导出法律顾问与合法性审查统计（Excel：统计数字和构成每项数字的记录）',
      file: '法律顾问与合法性审查统计（Excel）',
      write: exportLegalAdviserStatistics,
    },
  });
}
