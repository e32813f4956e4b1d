// Thin routes of 告知承诺制: validate → one use case (which loads the body in scope and authorizes) → the answer.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as c from '@fazhi/core/contracts';
import { answers, createdAnswers } from '../../platform/http/contract';
import { requireActor, writeContext } from '../../platform/http/request-context';
import type { Services } from '../../platform/services';
import * as s from './schemas';
import { addCommitmentItem } from './commands/add-item';
import { recordMatter } from './commands/record-matter';
import { checkMatter } from './commands/check-matter';
import { listCommitmentItems } from './queries/items';
import { getMatter, listMatters } from './queries/matters';
import { commitmentStatisticsRoutes } from './statistics/routes';

export async function commitmentRoutes(app: FastifyInstance, services: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['告知承诺制'];

  r.get(
    '/commitment-items',
    { schema: { tags, summary: '告知承诺事项', response: answers(c.commitmentItems) } },
    async (req) => listCommitmentItems(services, requireActor(req)),
  );
  r.post(
    '/commitment-items',
    {
      schema: {
        tags,
        summary: '确定实行告知承诺制的事项',
        body: s.addItemBody,
        response: createdAnswers(c.createdCommitmentRecord),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await addCommitmentItem(services, writeContext(req, requireActor(req)), req.body)),
  );
  r.get(
    '/commitment-matters',
    {
      schema: {
        tags,
        summary: '告知承诺办理事项',
        querystring: s.mattersQuery,
        response: answers(c.commitmentMatterPage),
      },
    },
    async (req) => listMatters(services, requireActor(req), req.query),
  );
  r.post(
    '/commitment-matters',
    {
      schema: {
        tags,
        summary: '记录以告知承诺制办理的事项',
        body: s.recordMatterBody,
        response: createdAnswers(c.createdCommitmentRecord),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await recordMatter(services, writeContext(req, requireActor(req)), req.body)),
  );
  r.get(
    '/commitment-matters/:id',
    {
      schema: { tags, summary: '告知承诺办理事项（一件）', params: s.idParams, response: answers(c.commitmentMatter) },
    },
    async (req) => getMatter(services, requireActor(req), req.params.id),
  );
  r.post(
    '/commitment-matters/:id/check',
    {
      schema: {
        tags,
        summary: '记录承诺核查结果（承诺不实的处理结果）',
        params: s.idParams,
        body: s.checkMatterBody,
        response: answers(c.commitmentMatter),
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await checkMatter(services, writeContext(req, actor), req.params.id, req.body);
      return getMatter(services, actor, req.params.id);
    },
  );
  await commitmentStatisticsRoutes(app, services);
}
