// Public portal API (no account): the consultation page with the text by article, a comment on an article, a
// review request and its tracking. Nothing here reads or writes anything that is not public by law.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { notFound } from '../../../platform/errors';
import { rateLimitHook } from '../../../platform/http/rate-limit';
import type { Services } from '../../../platform/services';
import * as s from '../schemas';
import { submitComment } from '../drafting/commands/submit-comment';
import { submitReviewRequest } from './commands/submit-review-request';
import { getPublicConsultation } from '../drafting/queries/participation-reads';
import { trackReviewRequest } from './queries/review-requests';
import * as c from '@fazhi/core/contracts';
import { answers, createdAnswers } from '../../../platform/http/contract';

export async function publicNormativeRoutes(app: FastifyInstance, services: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['公众参与（无需登录）'];
  // the public act as nobody: a signed-in clerk who uses the portal is not acting in office
  const publicCtx = (ip: string) => ({ actor: null, ip });

  r.get(
    '/public/normative-consultations/:id',
    { schema: { tags, summary: '征求意见稿（按条文）', params: s.idParams, response: answers(c.publicConsultation) } },
    async (req) => {
      const c = await getPublicConsultation(services, req.params.id);
      if (!c) throw notFound('正在征求意见的文件');
      return c;
    },
  );
  r.post(
    '/public/normative-consultations/:id/comments',
    {
      schema: {
        tags,
        summary: '对条文提出意见',
        params: s.idParams,
        body: s.commentBody,
        response: createdAnswers(c.submittedComment),
      },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (req, reply) =>
      reply.status(201).send(await submitComment(services, publicCtx(req.ip), req.params.id, req.body)),
  );
  r.post(
    '/public/normative-review-requests',
    {
      schema: {
        tags,
        summary: '提出规范性文件审查建议',
        body: s.reviewRequestBody,
        response: createdAnswers(c.submittedReviewRequest),
      },
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const { trackingNumber, acceptanceDue } = await submitReviewRequest(services, publicCtx(req.ip), req.body);
      return reply.status(201).send({ trackingNumber, acceptanceDue });
    },
  );
  r.get(
    '/public/normative-review-requests/:trackingNumber',
    {
      schema: {
        tags,
        summary: '按查询编号查询办理进度',
        params: s.trackingParams,
        response: answers(c.trackedReviewRequest),
      },
      // Whoever holds a number reads the request's progress: lookups per address are limited (across servers), so
      // numbers cannot be tried in bulk even where the random part would allow it.
      onRequest: rateLimitHook(services.db, {
        name: 'tracking-lookup',
        max: () => services.config.trackingLookupsPerHour,
        windowSeconds: 3600,
        key: (req) => req.ip,
      }),
    },
    async (req) => {
      const t = await trackReviewRequest(services, req.params.trackingNumber);
      if (!t) throw notFound('审查建议');
      return t;
    },
  );
}
