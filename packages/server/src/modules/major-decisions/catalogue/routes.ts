// Thin routes of the decision catalogue: validate → one use case (which loads in scope and authorizes) → the
// version again with its abilities. The portal's read needs no sign-in and is rate-limited like the others.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as c from '@fazhi/core/contracts';
import { answers, createdAnswers } from '../../../platform/http/contract';
import { publicReadLimit } from '../../../platform/http/rate-limit';
import { requireActor, writeContext } from '../../../platform/http/request-context';
import type { Services } from '../../../platform/services';
import * as s from './schemas';
import { draftCatalogue } from './commands/draft-catalogue';
import { addCatalogueItem } from './commands/add-catalogue-item';
import { changeCatalogueItem } from './commands/change-catalogue-item';
import { removeCatalogueItem } from './commands/remove-catalogue-item';
import { recordPartyConsent } from './commands/record-party-consent';
import { publishCatalogue } from './commands/publish-catalogue';
import { adjustCatalogue } from './commands/adjust-catalogue';
import { getCatalogue, listCatalogues } from './queries/catalogues';
import { publicCatalogues } from './queries/public-catalogue';

export async function catalogueRoutes(app: FastifyInstance, services: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['重大行政决策事项目录'];
  const base = '/decision-catalogues';
  const one = { tags, params: s.idParams, response: answers(c.decisionCatalogue) };

  r.get(base, { schema: { tags, summary: '决策事项目录', response: answers(c.decisionCatalogueList) } }, async (req) =>
    listCatalogues(services, requireActor(req)),
  );
  r.post(
    base,
    {
      schema: {
        tags,
        summary: '编制年度决策事项目录',
        body: s.draftCatalogueBody,
        response: createdAnswers(c.createdCatalogue),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await draftCatalogue(services, writeContext(req, requireActor(req)), req.body)),
  );
  r.get(`${base}/:id`, { schema: { ...one, summary: '决策事项目录（一个版本）' } }, async (req) =>
    getCatalogue(services, requireActor(req), req.params.id),
  );
  r.post(
    `${base}/:id/items`,
    { schema: { ...one, summary: '增加决策事项', body: s.catalogueItemBody } },
    async (req) => {
      const actor = requireActor(req);
      await addCatalogueItem(services, writeContext(req), req.params.id, req.body);
      return getCatalogue(services, actor, req.params.id);
    },
  );
  r.put(
    `${base}/:id/items/:itemId`,
    { schema: { ...one, summary: '修改决策事项', params: s.itemParams, body: s.catalogueItemBody } },
    async (req) => {
      const actor = requireActor(req);
      await changeCatalogueItem(services, writeContext(req), req.params.id, req.params.itemId, req.body);
      return getCatalogue(services, actor, req.params.id);
    },
  );
  r.delete(
    `${base}/:id/items/:itemId`,
    { schema: { ...one, summary: '移出决策事项', params: s.itemParams } },
    async (req) => {
      const actor = requireActor(req);
      await removeCatalogueItem(services, writeContext(req), req.params.id, req.params.itemId);
      return getCatalogue(services, actor, req.params.id);
    },
  );
  r.post(
    `${base}/:id/party-consent`,
    { schema: { ...one, summary: '记录同级党委同意', body: s.partyConsentBody } },
    async (req) => {
      const actor = requireActor(req);
      await recordPartyConsent(services, writeContext(req), req.params.id, req.body);
      return getCatalogue(services, actor, req.params.id);
    },
  );
  r.post(
    `${base}/:id/publication`,
    { schema: { ...one, summary: '公布决策事项目录', body: s.publishCatalogueBody } },
    async (req) => {
      const actor = requireActor(req);
      await publishCatalogue(services, writeContext(req), req.params.id, req.body.publishedOn);
      return getCatalogue(services, actor, req.params.id);
    },
  );
  r.post(
    `${base}/:id/adjustment`,
    {
      schema: {
        tags,
        summary: '调整决策事项目录（生成新版本）',
        params: s.idParams,
        body: s.adjustCatalogueBody,
        response: createdAnswers(c.createdCatalogue),
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await adjustCatalogue(services, writeContext(req, requireActor(req)), req.params.id, req.body.reason)),
  );

  r.get(
    '/public/decision-catalogues',
    {
      schema: {
        tags: ['重大行政决策事项目录（无需登录）'],
        summary: '公布的年度决策事项目录及其调整情况',
        querystring: s.publicCatalogueQuery,
        response: answers(c.publicCatalogues),
      },
      config: { rateLimit: publicReadLimit(services.config) },
    },
    async (req) => publicCatalogues(services, req.query),
  );
}
