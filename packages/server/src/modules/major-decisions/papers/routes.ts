// The papers of a decision (DOCX or PDF): one route, the paper and the format asked for, and the portal's copy of a
// listed hearing's announcement (thin: validate → one query → send the file).
import { decisionPapers } from '@fazhi/core/major-decisions';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { fileAnswers } from '../../../platform/http/contract';
import { requireActor } from '../../../platform/http/request-context';
import { sendPaper } from '../../../platform/papers/render';
import type { Services } from '../../../platform/services';
import { uuid } from '../catalogue/schemas';
import { publicHearingAnnouncementFile } from './hearing-announcement';
import { decisionPaperFile } from './papers';
import { publicReadLimit } from '../../../platform/http/rate-limit';

const params = z.object({
  id: uuid,
  paper: z.enum(decisionPapers, {
    error: '文书种类应为征求意见公告、听证会公告、合法性审查意见书、会议纪要（摘要）或备案报告',
  }),
});
const query = z.object({ format: z.enum(['docx', 'pdf'], { error: '文件格式应为 docx 或 pdf' }).default('docx') });

export async function decisionPaperRoutes(app: FastifyInstance, services: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/decisions/:id/papers/:paper',
    {
      schema: {
        tags: ['重大行政决策'],
        summary: '重大行政决策文书（征求意见公告、听证会公告、合法性审查意见书、会议纪要摘要、备案报告；DOCX 或 PDF）',
        params,
        querystring: query,
        response: fileAnswers('application/octet-stream', '重大行政决策文书（DOCX 或 PDF）'),
      },
    },
    async (req, reply) =>
      sendPaper(
        reply,
        await decisionPaperFile(services, requireActor(req), req.params.id, req.params.paper, req.query.format),
      ),
  );
  // 第十六条: the announcement of a hearing the portal lists, for the public (no sign-in)
  r.get(
    '/public/decision-hearings/:hearingId/announcement',
    {
      schema: {
        tags: ['重大行政决策'],
        summary: '正在公告的决策听证会的听证会公告（DOCX 或 PDF）',
        params: z.object({ hearingId: uuid }),
        querystring: query,
        response: fileAnswers('application/octet-stream', '听证会公告（DOCX 或 PDF）'),
      },
      config: { rateLimit: publicReadLimit(services.config) },
    },
    async (req, reply) =>
      sendPaper(reply, await publicHearingAnnouncementFile(services, req.params.hearingId, req.query.format)),
  );
}
