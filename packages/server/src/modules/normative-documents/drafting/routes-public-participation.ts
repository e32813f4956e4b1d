// Public participation on the portal (no account): the list of drafts open for comment in the portal's region.
// The consultation page, comments and review requests themselves are in routes-public.ts.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageFields } from '../../../platform/db/paginate';
import { publicReadLimit } from '../../../platform/http/rate-limit';
import { portalIdentity } from '../../../platform/portal/routes';
import type { Services } from '../../../platform/services';
import { listOpenConsultations } from './queries/participation-reads';
import * as c from '@fazhi/core/contracts';
import { answers } from '../../../platform/http/contract';

export const openConsultationsQuery = z.object({ ...pageFields });

export async function publicParticipationRoutes(app: FastifyInstance, services: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['公众参与（无需登录）'];
  r.get(
    '/public/normative-consultations',
    {
      schema: {
        tags,
        summary: '正在公开征求意见的文件',
        querystring: openConsultationsQuery,
        response: answers(c.openConsultationPage),
      },
      config: { rateLimit: publicReadLimit(services.config) },
    },
    async (req) => listOpenConsultations(services, (await portalIdentity(services)).regionCode, req.query),
  );
}
