// Thin routes of the expert pool: the experts and draws of the pools the user reads, adding and changing an
// expert, and a draw for a decision (the draw's answer is the recorded draw, checked again).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as c from '@fazhi/core/contracts';
import { answers, createdAnswers } from '../../../platform/http/contract';
import { requireActor, writeContext } from '../../../platform/http/request-context';
import type { Services } from '../../../platform/services';
import * as s from './schemas';
import { addExpert } from './commands/add-expert';
import { changeExpert } from './commands/change-expert';
import { drawExperts } from './commands/draw-experts';
import { getDraw, listDraws, listExperts } from './queries/experts';

export async function expertRoutes(app: FastifyInstance, services: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['决策咨询论证专家库'];
  const experts = '/decision-experts';
  const draws = '/decision-expert-draws';

  r.get(experts, { schema: { tags, summary: '专家库', response: answers(c.decisionExpertList) } }, async (req) =>
    listExperts(services, requireActor(req)),
  );
  r.post(
    experts,
    { schema: { tags, summary: '专家入库', body: s.expertBody, response: createdAnswers(c.createdCatalogue) } },
    async (req, reply) =>
      reply.status(201).send(await addExpert(services, writeContext(req, requireActor(req)), req.body)),
  );
  r.put(
    `${experts}/:id`,
    {
      schema: {
        tags,
        summary: '修改专家信息',
        params: s.idParams,
        body: s.expertChangeBody,
        response: answers(c.okBody),
      },
    },
    async (req) => {
      await changeExpert(services, writeContext(req, requireActor(req)), req.params.id, req.body);
      return { ok: true as const };
    },
  );
  r.get(draws, { schema: { tags, summary: '专家抽取记录', response: answers(c.expertDrawList) } }, async (req) => ({
    items: await listDraws(services, requireActor(req)),
  }));
  r.post(
    draws,
    { schema: { tags, summary: '抽取论证专家', body: s.drawBody, response: createdAnswers(c.expertDraw) } },
    async (req, reply) => {
      const actor = requireActor(req);
      const { id } = await drawExperts(services, writeContext(req, actor), req.body);
      return reply.status(201).send(await getDraw(services, actor, id));
    },
  );
  r.get(
    `${draws}/:id`,
    { schema: { tags, summary: '专家抽取记录（可复核）', params: s.idParams, response: answers(c.expertDraw) } },
    async (req) => getDraw(services, requireActor(req), req.params.id),
  );
}
