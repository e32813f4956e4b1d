// The portal's published decisions: no sign-in, rate-limited like the portal's other reads; only what has been
// published is answered (public-decisions.ts).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as c from '@fazhi/core/contracts';
import { answers } from '../../../platform/http/contract';
import { publicReadLimit } from '../../../platform/http/rate-limit';
import type { Services } from '../../../platform/services';
import { idParams, publicCatalogueQuery } from '../catalogue/schemas';
import { publicDecision, publicDecisions } from './queries/public-decisions';

export async function decisionPortalRoutes(app: FastifyInstance, services: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['重大行政决策公布（无需登录）'];
  const config = { rateLimit: publicReadLimit(services.config) };
  r.get(
    '/public/decisions',
    {
      schema: {
        tags,
        summary: '本地区已公布的重大行政决策（按公布年度）',
        querystring: publicCatalogueQuery,
        response: answers(c.publicDecisionList),
      },
      config,
    },
    async (req) => publicDecisions(services, req.query),
  );
  r.get(
    '/public/decisions/:id',
    {
      schema: {
        tags,
        summary: '已公布的重大行政决策及其政策解读、意见采纳情况说明',
        params: idParams,
        response: answers(c.publicDecision),
      },
      config,
    },
    async (req) => publicDecision(services, req.params.id),
  );
}
