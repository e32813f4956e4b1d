// Console reads the review desk needs beyond routes.ts: the issuer prefixes (发文机关代字) a system administrator
// may set, so the settings page shows what each unit has now.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/http/request-context';
import type { Services } from '../../platform/services';
import { listIssuers } from './queries/issuers';

export async function normativeDeskRoutes(app: FastifyInstance, services: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/normative-issuers', { schema: { tags: ['行政规范性文件'], summary: '发文机关代字' } }, async (req) =>
    listIssuers(services, requireActor(req)),
  );
}
