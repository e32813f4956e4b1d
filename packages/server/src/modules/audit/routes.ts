import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../platform/http/request-context';
import { notFound } from '../../platform/errors';
import type { Services } from '../../platform/services';
import { listAuditEvents, getAuditEvent, auditQuery } from './queries';
import { exportAuditEvents } from './export';
import { sendWorkbook } from '../../platform/http/xlsx-export';
import { XLSX_TYPE } from '../../platform/http/attachment';
import { verifyVisibleChains } from './verify';
import { auditVocabulary } from './vocabulary';
import * as c from '@fazhi/core/contracts';
import { answers, fileAnswers } from '../../platform/http/contract';

export async function auditRoutes(app: FastifyInstance, services: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['审计日志'];
  r.get(
    '/audit/events',
    { schema: { tags, summary: '查询审计事件', querystring: auditQuery, response: answers(c.auditPage) } },
    async (req) => listAuditEvents(services, requireActor(req), req.query),
  );
  r.get(
    '/audit/events/export.xlsx',
    {
      schema: {
        tags,
        summary: '导出审计事件（Excel，按当前筛选条件）',
        querystring: auditQuery.omit({ page: true, pageSize: true }),
        response: fileAnswers(XLSX_TYPE, '审计事件（Excel）'),
      },
    },
    async (req, reply) => {
      const stream = exportAuditEvents(services, requireActor(req), req.query);
      return sendWorkbook(reply, `审计日志（${services.clock.today()}）.xlsx`, stream);
    },
  );
  r.get(
    '/audit/events/:regionCode/:seq',
    {
      schema: {
        tags,
        summary: '审计事件详情',
        params: z.object({
          regionCode: z.string().regex(/^\d{6,9}$/, '区划代码格式不正确'),
          seq: z.coerce.number().int().min(1),
        }),
        // an event of a bulk write's sub-chain: its place in the sub-chain the event seq seals
        querystring: z.object({ batchSeq: z.coerce.number().int().min(1, '子链序号应为正整数').optional() }),
        response: answers(c.auditDetail),
      },
    },
    async (req) => {
      const { regionCode, seq } = req.params;
      const e = await getAuditEvent(services, requireActor(req), regionCode, String(seq), req.query.batchSeq);
      if (!e) throw notFound('审计事件');
      return e;
    },
  );
  r.get(
    '/audit/vocabulary',
    { schema: { tags, summary: '审计事件类型和对象类型（筛选用）', response: answers(c.auditVocabulary) } },
    async (req) => auditVocabulary(services, requireActor(req)),
  );
  r.get(
    '/audit/verify',
    { schema: { tags, summary: '校验审计哈希链', response: answers(c.auditVerification) } },
    async (req) => verifyVisibleChains(services, requireActor(req)),
  );
}
