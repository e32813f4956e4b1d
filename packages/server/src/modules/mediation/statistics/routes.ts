// 矛盾纠纷调解统计 through the platform's statistics routes (platform/http/statistics-routes.ts).
import { mediationStatisticKeys } from '@fazhi/core/mediation';
import * as c from '@fazhi/core/contracts';
import type { FastifyInstance } from 'fastify';
import { registerStatisticsRoutes } from '../../../platform/http/statistics-routes';
import type { Services } from '../../../platform/services';
import { mediationStatisticsQuery } from '../schemas';
import { exportMediationStatistics } from './export';
import { mediationStatisticRecords, mediationStatistics } from './queries';

export async function mediationStatisticsRoutes(app: FastifyInstance, services: Services) {
  registerStatisticsRoutes(app, services, {
    path: '/mediation-statistics',
    tags: ['矛盾纠纷调解'],
    query: mediationStatisticsQuery,
    figureKeys: mediationStatisticKeys,
    figures: {
      summary: '矛盾纠纷调解统计（受理、调处、调处成功、调解成功率、重大疑难、司法确认）',
      answer: c.mediationStatistics,
      read: mediationStatistics,
    },
    records: {
      summary: '构成某项调解统计数字的纠纷',
      answer: c.mediationStatisticRecords,
      read: mediationStatisticRecords,
    },
    export: {
      summary: '导出矛盾纠纷调解统计（Excel：统计数字和构成每项数字的纠纷）',
      file: '矛盾纠纷调解统计（Excel）',
      write: exportMediationStatistics,
    },
  });
}
