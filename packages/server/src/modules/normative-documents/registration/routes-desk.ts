// Console reads the review desk needs beyond routes.ts: the issuer prefixes (发文机关代字) a system administrator
// may set, so the settings page shows what each unit has now; and the region's search synonyms (检索同义词).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor, writeContext } from '../../../platform/http/request-context';
import type { Services } from '../../../platform/services';
import { listIssuers } from './queries/issuers';
import { getSearchSynonyms } from '../catalogue/queries/search-synonyms';
import { setSearchSynonyms } from '../catalogue/commands/set-search-synonyms';
import { searchSynonymsBody, searchSynonymsQuery } from '../schemas';
import * as c from '@fazhi/core/contracts';
import { answers } from '../../../platform/http/contract';

export async function normativeDeskRoutes(app: FastifyInstance, services: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/normative-issuers',
    { schema: { tags: ['行政规范性文件'], summary: '发文机关代字', response: answers(c.issuerList) } },
    async (req) => listIssuers(services, requireActor(req)),
  );
  const tags = ['行政规范性文件'];
  r.get(
    '/normative-search-synonyms',
    {
      schema: {
        tags,
        summary: '规范性文件检索同义词',
        querystring: searchSynonymsQuery,
        response: answers(c.searchSynonyms),
      },
    },
    async (req) => getSearchSynonyms(services, requireActor(req), req.query.regionCode),
  );
  r.put(
    '/normative-search-synonyms',
    {
      schema: {
        tags,
        summary: '设置规范性文件检索同义词',
        body: searchSynonymsBody,
        response: answers(c.searchSynonymsSaved),
      },
    },
    async (req) => {
      requireActor(req);
      return setSearchSynonyms(services, writeContext(req), req.body);
    },
  );
}
