// The portal's routes (no account): the guide with the bodies to apply to, the online request, the tracking by
// number and the correction. The public acts as nobody.
import * as c from '@fazhi/core/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { notFound } from '../../platform/errors';
import { answers, createdAnswers } from '../../platform/http/contract';
import { publicReadLimit, rateLimitHook } from '../../platform/http/rate-limit';
import type { Services } from '../../platform/services';
import { disclosureGuide, trackRequest } from './queries/public';
import { submitCorrectionOnline } from './requests/commands/correction';
import { requestOnline } from './requests/commands/submit-request';
import * as s from './schemas';

const tags = ['政府信息公开（无需登录）'];

export async function publicDisclosureRoutes(app: FastifyInstance, services: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // lookups by number per address are limited across servers, so numbers cannot be tried in bulk
  const trackingLimit = rateLimitHook(services.db, {
    name: 'tracking-lookup',
    max: () => services.config.trackingLookupsPerHour,
    windowSeconds: 3600,
    key: (req) => req.ip,
  });
  r.get(
    '/public/disclosure-guide',
    {
      schema: {
        tags,
        summary: '政府信息公开指南（申请）',
        querystring: s.guideQuery,
        response: answers(c.disclosureGuide),
      },
      config: { rateLimit: publicReadLimit(services.config) },
    },
    async (req) => disclosureGuide(services, req.query.regionCode),
  );
  r.post(
    '/public/disclosure-requests',
    {
      schema: {
        tags,
        summary: '网上提交政府信息公开申请',
        body: s.publicRequestBody,
        response: createdAnswers(c.submittedDisclosureRequest),
      },
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const { id, trackingNumber } = await requestOnline(services, req.ip, req.body);
      return reply.status(201).send({ id, trackingNumber });
    },
  );
  r.get(
    '/public/disclosure-requests/:trackingNumber',
    {
      schema: {
        tags,
        summary: '凭查询编号查询政府信息公开申请办理进度',
        params: s.trackingParams,
        response: answers(c.trackedDisclosureRequest),
      },
      onRequest: trackingLimit,
    },
    async (req) => {
      const tracked = await trackRequest(services, req.params.trackingNumber);
      if (!tracked) throw notFound('政府信息公开申请');
      return tracked;
    },
  );
  r.post(
    '/public/disclosure-requests/:trackingNumber/correction',
    {
      schema: {
        tags,
        summary: '凭查询编号提交补正',
        params: s.trackingParams,
        body: s.submitCorrectionBody,
        response: answers(c.trackedDisclosureRequest),
      },
      onRequest: trackingLimit,
    },
    async (req) => {
      await submitCorrectionOnline(services, req.ip, req.params.trackingNumber, req.body);
      const tracked = await trackRequest(services, req.params.trackingNumber);
      if (!tracked) throw notFound('政府信息公开申请');
      return tracked;
    },
  );
}
