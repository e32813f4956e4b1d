// 重大行政决策统计: the figures of a period and scope, the records behind each figure, and the export (thin routes:
// validate → one query → return).
import type { DecisionStatisticKey } from '@fazhi/core/major-decisions';
import * as c from '@fazhi/core/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { XLSX_TYPE } from '../../../platform/http/attachment';
import { answers, fileAnswers } from '../../../platform/http/contract';
import { requireActor } from '../../../platform/http/request-context';
import { sendWorkbook } from '../../../platform/http/xlsx-export';
import type { Services } from '../../../platform/services';
import { exportDecisionStatistics } from './documents/statistics-export';
import { decisionStatisticRecords, decisionStatistics } from './queries/statistics';
import { decisionStatisticRecordsQuery, decisionStatisticsQuery } from './schemas';

export async function decisionStatisticsRoutes(app: FastifyInstance, services: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['重大行政决策'];
  r.get(
    '/decision-statistics',
    {
      schema: {
        tags,
        summary: '重大行政决策统计（启动、作出决策、公众参与、合法性审查率、备案、后评估等）',
        querystring: decisionStatisticsQuery,
        response: answers(c.decisionStatistics),
      },
    },
    async (req) => decisionStatistics(services, requireActor(req), req.query),
  );
  r.get(
    '/decision-statistics/records',
    {
      schema: {
        tags,
        summary: '构成某项重大行政决策统计数字的记录',
        querystring: decisionStatisticRecordsQuery,
        response: answers(c.decisionStatisticRecords),
      },
    },
    async (req) =>
      decisionStatisticRecords(services, requireActor(req), {
        ...req.query,
        figure: req.query.figure as DecisionStatisticKey,
      }),
  );
  r.get(
    '/decision-statistics/export.xlsx',
    {
      schema: {
        tags,
        summary: '导出重大行政决策统计（Excel：统计数字和构成每项数字的记录）',
        querystring: decisionStatisticsQuery,
        response: fileAnswers(XLSX_TYPE, '重大行政决策统计（Excel）'),
      },
    },
    async (req, reply) => {
      const { stream, fileName } = await exportDecisionStatistics(services, requireActor(req), req.query);
      return sendWorkbook(reply, fileName, stream);
    },
  );
}
