// The archive of a decision (第三十三条): the act, then the stored case file (PDF) and its manifest (SM3 digests).
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as c from '@fazhi/core/contracts';
import { attachmentHeader } from '../../../platform/http/attachment';
import { answers, fileAnswers } from '../../../platform/http/contract';
import { requireActor, writeContext } from '../../../platform/http/request-context';
import type { Services } from '../../../platform/services';
import { getDecisionAfter } from '../execution/queries/after';
import { archiveBody } from '../execution/schemas';
import { decisionParams } from '../records/schemas';
import { archiveDecision } from './commands/archive-decision';
import { archivedFile } from './queries/archive-files';

const send = (reply: FastifyReply, f: { body: Buffer; fileName: string; contentType: string }) =>
  reply.header('content-type', f.contentType).header('content-disposition', attachmentHeader(f.fileName)).send(f.body);

export async function decisionArchiveRoutes(app: FastifyInstance, services: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['重大行政决策'];
  r.post(
    '/decisions/:id/archive',
    {
      schema: {
        tags,
        summary: '决策过程记录和材料归档（第三十三条）',
        params: decisionParams,
        body: archiveBody,
        response: answers(c.decisionAfter),
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await archiveDecision(services, writeContext(req, actor), req.params.id, req.body);
      return getDecisionAfter(services, actor, req.params.id);
    },
  );
  r.get(
    '/decisions/:id/archive/case-file.pdf',
    {
      schema: {
        tags,
        summary: '下载决策案卷（PDF）',
        params: decisionParams,
        response: fileAnswers('application/pdf', '决策案卷（PDF，归档时生成并保存）'),
      },
    },
    async (req, reply) => send(reply, await archivedFile(services, requireActor(req), req.params.id, 'pdf')),
  );
  r.get(
    '/decisions/:id/archive/manifest.json',
    {
      schema: {
        tags,
        summary: '下载决策案卷清单（各文件SM3摘要）',
        params: decisionParams,
        response: fileAnswers('application/json', '决策案卷清单（JSON，归档时生成并保存）'),
      },
    },
    async (req, reply) => send(reply, await archivedFile(services, requireActor(req), req.params.id, 'manifest')),
  );
}
