// The one shape of a record's acts over HTTP, for every module whose record goes through acts (a reconsideration
// case, a disclosure request): POST <base>/:id/<act> with the act's body, by the signed-in actor, answered with the
// record as it now stands — validate, one use case, then the record's read.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../access/actor';
import type { Services } from '../services';
import type { WriteContext } from '../write';
import { answers } from './contract';
import { requireActor, writeContext } from './request-context';

const recordParams = z.object({ id: z.uuid('标识格式不正确') });

export function recordActRoutes(
  app: FastifyInstance,
  services: Services,
  record: {
    base: string;
    tags: string[];
    /** the record's contract; the serializer parses every answer through it */
    response: z.ZodType;
    /** the record's read, typed by its own presenter */
    read: (services: Services, actor: Actor, id: string) => Promise<unknown>;
  },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  return <B>(
    path: string,
    summary: string,
    body: z.ZodType<B>,
    run: (services: Services, ctx: WriteContext, id: string, input: B) => Promise<unknown>,
  ) =>
    r.post(
      `${record.base}/:id/${path}`,
      { schema: { tags: record.tags, summary, params: recordParams, body, response: answers(record.response) } },
      async (req) => {
        const actor = requireActor(req);
        await run(services, writeContext(req, actor), req.params.id, req.body as B);
        return record.read(services, actor, req.params.id);
      },
    );
}
