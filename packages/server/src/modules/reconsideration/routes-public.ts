// The portal's routes (no account): the online application, the tracking by number with the correction, and the
// published decisions. The public acts as nobody.
import * as c from '@fazhi/core/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { notFound } from '../../platform/errors';
import { answers, createdAnswers } from '../../platform/http/contract';
import { publicReadLimit, rateLimitHook } from '../../platform/http/rate-limit';
import type { Services } from '../../platform/services';
import { submitCorrectionOnline } from './applications/commands/submit-correction';
import { applyOnline } from './applications/commands/submit-application';
import { getPublishedDecision, listPublishedDecisions, trackApplication } from './queries/public';
import * as s from './schemas';

const tags = ['行政复议（无需登录）'];

export async function publicReconsiderationRoutes(app: FastifyInstance, services: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // lookups by number per address are limited across servers, so numbers cannot be tried in bulk
  const trackingLimit = rateLimitHook(services.db, {
    name: 'tracking-lookup',
    max: () => services.config.trackingLookupsPerHour,
    windowSeconds: 3600,
    key: (req) => req.ip,
  });
  r.post(
    '/public/reconsideration-applications',
    {
      schema: {
        tags,
        summary: '网上提交行政复议申请',
        body: s.publicApplicationBody,
        response: createdAnswers(c.submittedApplication),
      },
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (req, reply) => reply.status(201).send(await applyOnline(services, req.ip, req.body)),
  );
  r.get(
    '/public/reconsideration-applications/:trackingNumber',
    {
      schema: {
        tags,
        summary: '凭查询编号查询行政复议申请办理进度',
        params: s.trackingParams,
        response: answers(c.trackedApplication),
      },
      onRequest: trackingLimit,
    },
    async (req) => {
      const tracked = await trackApplication(services, req.params.trackingNumber);
      if (!tracked) throw notFound('行政复议申请');
      return tracked;
    },
  );
  r.post(
    '/public/reconsideration-applications/:trackingNumber/correction',
    {
      schema: {
        tags,
        summary: '凭查询编号提交补正材料',
        params: s.trackingParams,
        body: s.submitCorrectionBody,
        response: answers(c.trackedApplication),
      },
      onRequest: trackingLimit,
    },
    async (req) => {
      await submitCorrectionOnline(services, req.ip, req.params.trackingNumber, req.body);
      const tracked = await trackApplication(services, req.params.trackingNumber);
      if (!tracked) throw notFound('行政复议申请');
      return tracked;
    },
  );
  r.get(
    '/public/reconsideration-decisions',
    {
      schema: {
        tags,
        summary: '公开的行政复议决定书',
        querystring: s.publicDecisionQuery,
        response: answers(c.publicReconsiderationDecisionList),
      },
      config: { rateLimit: publicReadLimit(services.config) },
    },
    async (req) => listPublishedDecisions(services, req.query),
  );
  r.get(
    '/public/reconsideration-decisions/:id',
    {
      schema: {
        tags,
        summary: '行政复议决定书（已隐去个人信息）',
        params: s.caseParams,
        response: answers(c.publicReconsiderationDecision),
      },
      config: { rateLimit: publicReadLimit(services.config) },
    },
    async (req) => {
      const d = await getPublishedDecision(services, req.params.id);
      if (!d) throw notFound('行政复议决定书');
      return d;
    },
  );
}
