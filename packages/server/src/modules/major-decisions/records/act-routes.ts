// Every act on a decision has one route shape: POST /decisions/:id/<act> with the act's body, run by the signed-in
// actor (requireActor before the write: an anonymous request never reaches the command, whose null actor would be
// the system's), answered with the record as it now stands — the decision, or its record after publication.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { Actor } from '../../../platform/access/actor';
import { answers } from '../../../platform/http/contract';
import { requireActor, writeContext } from '../../../platform/http/request-context';
import type { Services } from '../../../platform/services';
import type { WriteContext } from '../../../platform/write';
import { decisionParams } from './schemas';

export type DecisionAct<B> = (services: Services, ctx: WriteContext, id: string, input: B) => Promise<unknown>;

/** The route maker of a module part's acts, each answered by `read` in the contract `answer`. */
export function decisionActRoutes(
  app: FastifyInstance,
  services: Services,
  answer: z.ZodType,
  read: (services: Services, actor: Actor, id: string) => Promise<unknown>,
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const one = { tags: ['重大行政决策'], params: decisionParams, response: answers(answer) };
  return <B>(path: string, summary: string, body: z.ZodType<B>, act: DecisionAct<B>) =>
    r.post(`/decisions/:id/${path}`, { schema: { ...one, summary, body } }, async (req) => {
      const actor = requireActor(req);
      await act(services, writeContext(req, actor), req.params.id, req.body as B);
      return read(services, actor, req.params.id);
    });
}
