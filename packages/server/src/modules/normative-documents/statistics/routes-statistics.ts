// 规范性文件统计: the figures of a period and scope, and the records behind each figure (thin routes: validate →
// one query → return).
import type { StatisticKey } from '@fazhi/core/normative-documents';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../../platform/http/request-context';
import type { Services } from '../../../platform/services';
import { normativeStatisticRecords, normativeStatistics } from './queries/statistics';
import { statisticRecordsQuery, statisticsQuery } from './schemas-statistics';
import { exportStatistics } from './documents/statistics-export';
import { attachmentHeader, XLSX_TYPE } from '../../../platform/http/attachment';
import * as c from '@fazhi/core/contracts';
import { answers, fileAnswers } from '../../../platform/http/contract';

export async function statisticsRoutes(app: FastifyInstance, services: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['行政规范性文件'];
  r.get(
    '/normative-statistics',
    {
      schema: {
        tags,
        summary: '规范性文件统计（审结率、备案率、及时率、备案审查结果、清理结果等）',
        querystring: statisticsQuery,
        response: answers(c.normativeStatistics),
      },
    },
    async (req) => normativeStatistics(services, requireActor(req), req.query),
  );
  r.get(
    '/normative-statistics/records',
    {
      schema: {
        tags,
        summary: '构成某项统计数字的记录',
        querystring: statisticRecordsQuery,
        response: answers(c.statisticRecords),
      },
    },
    async (req) =>
      normativeStatisticRecords(services, requireActor(req), {
        ...req.query,
        figure: req.query.figure as StatisticKey,
      }),
  );
  r.get(
    '/normative-statistics/export.xlsx',
    {
      schema: {
        tags,
        summary: '导出规范性文件统计（Excel：全部统计数字和分单位统计表）',
        querystring: statisticsQuery,
        response: fileAnswers(XLSX_TYPE, '规范性文件统计（Excel）'),
      },
    },
    async (req, reply) => {
      const { body, fileName } = await exportStatistics(services, requireActor(req), req.query);
      return reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', attachmentHeader(fileName))
        .header('cache-control', 'private, no-store')
        .send(body);
    },
  );
}
