// The public catalogue (现行有效的行政规范性文件统一公开查询), no sign-in: the list with full-text search and
// filters, the filter choices, and one published document with its text and public history. Rate-limited like the
// portal's other read endpoints.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { notFound } from '../../../platform/errors';
import { publicReadLimit } from '../../../platform/http/rate-limit';
import type { Services } from '../../../platform/services';
import { idParams } from '../schemas';
import { catalogueQuery } from './schemas-catalogue';
import { getPublicDocument, listPublicDocuments, publicFacets } from './queries/public-catalogue';
import * as c from '@fazhi/core/contracts';
import { answers } from '../../../platform/http/contract';

export async function catalogueRoutes(app: FastifyInstance, services: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const rateLimit = publicReadLimit(services.config);
  const tags = ['规范性文件统一公开查询（无需登录）'];
  const base = '/public/normative-documents';

  r.get(
    base,
    {
      schema: {
        tags,
        summary: '现行有效的规范性文件（检索、筛选、分页）',
        querystring: catalogueQuery,
        response: answers(c.cataloguePage),
      },
      config: { rateLimit },
    },
    async (req) => listPublicDocuments(services, req.query),
  );
  r.get(
    `${base}/facets`,
    {
      schema: { tags, summary: '筛选项：制定机关、年份', response: answers(c.catalogueFacets) },
      config: { rateLimit },
    },
    async () => publicFacets(services),
  );
  r.get(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: '规范性文件正文、效力状态与状态历史',
        params: idParams,
        response: answers(c.publicDocument),
      },
      config: { rateLimit },
    },
    async (req) => {
      const doc = await getPublicDocument(services, req.params.id);
      if (!doc) throw notFound('已公布的规范性文件');
      return doc;
    },
  );
}
