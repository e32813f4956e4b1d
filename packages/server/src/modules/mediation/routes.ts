// Thin routes of 矛盾纠纷调解: validate → one use case (which loads the unit in scope and authorizes) → the answer.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as c from '@fazhi/core/contracts';
import { answers, createdAnswers } from '../../platform/http/contract';
import { requireActor, writeContext } from '../../platform/http/request-context';
import type { Services } from '../../platform/services';
import * as s from './schemas';
import { addMediator, registerCommittee } from './commands/committees';
import { registerDispute } from './commands/register-dispute';
import { recordSession } from './commands/record-session';
import { concludeDispute } from './commands/conclude-dispute';
import { recordConfirmation, recordPerformance } from './commands/follow-agreement';
import { listCommittees } from './queries/committees';
import { getDispute, listDisputes } from './queries/disputes';
import { mediationStatisticsRoutes } from './statistics/routes';

export async function mediationRoutes(app: FastifyInstance, services: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['矛盾纠纷调解'];

  r.get(
    '/mediation-committees',
    { schema: { tags, summary: '人民调解委员会及人民调解员', response: answers(c.mediationCommittees) } },
    async (req) => listCommittees(services, requireActor(req)),
  );
  r.post(
    '/mediation-committees',
    {
      schema: {
        tags,
        summary: '登记人民调解委员会',
        body: s.registerCommitteeBody,
        response: createdAnswers(c.createdMediationRecord),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await registerCommittee(services, writeContext(req, requireActor(req)), req.body)),
  );
  r.post(
    '/mediation-committees/:id/mediators',
    {
      schema: {
        tags,
        summary: '登记人民调解员',
        params: s.idParams,
        body: s.addMediatorBody,
        response: createdAnswers(c.createdMediationRecord),
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await addMediator(services, writeContext(req, requireActor(req)), req.params.id, req.body)),
  );
  r.get(
    '/mediation-disputes',
    {
      schema: { tags, summary: '调解纠纷', querystring: s.disputesQuery, response: answers(c.mediationDisputePage) },
    },
    async (req) => listDisputes(services, requireActor(req), req.query),
  );
  r.post(
    '/mediation-disputes',
    {
      schema: {
        tags,
        summary: '登记调解纠纷（人民调解或行政调解）',
        body: s.registerDisputeBody,
        response: createdAnswers(c.createdMediationRecord),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await registerDispute(services, writeContext(req, requireActor(req)), req.body)),
  );
  r.get(
    '/mediation-disputes/:id',
    { schema: { tags, summary: '调解纠纷（一件）', params: s.idParams, response: answers(c.mediationDispute) } },
    async (req) => getDispute(services, requireActor(req), req.params.id),
  );
  const act = <B>(
    path: string,
    summary: string,
    body: import('zod').ZodType<B>,
    run: (services: Services, ctx: ReturnType<typeof writeContext>, id: string, input: B) => Promise<unknown>,
  ) =>
    r.post(
      `/mediation-disputes/:id/${path}`,
      { schema: { tags, summary, params: s.idParams, body, response: answers(c.mediationDispute) } },
      async (req) => {
        const actor = requireActor(req);
        await run(services, writeContext(req, actor), req.params.id, req.body as B);
        return getDispute(services, actor, req.params.id);
      },
    );
  act('sessions', '记录调解情况（人民调解法第二十七条）', s.recordSessionBody, recordSession);
  act('outcome', '记录调解结果：达成协议、调解不成或当事人拒绝调解', s.recordOutcomeBody, concludeDispute);
  act('performance', '记录调解协议履行情况（人民调解法第三十一条）', s.recordPerformanceBody, recordPerformance);
  act('confirmation', '记录司法确认申请和结果（人民调解法第三十三条）', s.recordConfirmationBody, recordConfirmation);
  await mediationStatisticsRoutes(app, services);
}
