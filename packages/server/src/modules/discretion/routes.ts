// Thin routes of the discretion benchmarks: validate → one use case (which loads in scope and authorizes) → the
// version as it now stands. The portal's reads need no sign-in and are rate-limited like the other public reads.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as c from '@fazhi/core/contracts';
import type { Facts } from '@fazhi/core/discretion';
import { answers, createdAnswers } from '../../platform/http/contract';
import { publicReadLimit } from '../../platform/http/rate-limit';
import { requireActor, writeContext } from '../../platform/http/request-context';
import type { Services } from '../../platform/services';
import * as s from './schemas';
import { draftBenchmark } from './commands/draft-benchmark';
import { changeBenchmark } from './commands/change-benchmark';
import { publishBenchmark } from './commands/publish-benchmark';
import { benchmarkInForce, getBenchmark, listBenchmarks } from './queries/benchmarks';
import { suggestForBenchmark } from './queries/suggestion';
import { publicBenchmark, publicBenchmarks, publicLenientLists } from './queries/public';
import { discretionStatisticsRoutes } from './statistics/routes';

export async function discretionRoutes(app: FastifyInstance, services: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['行政裁量权基准'];
  const base = '/discretion-benchmarks';
  const one = { tags, params: s.idParams, response: answers(c.discretionBenchmark) };

  r.get(
    base,
    {
      schema: {
        tags,
        summary: '行政裁量权基准',
        querystring: s.listQuery,
        response: answers(c.discretionBenchmarkList),
      },
    },
    async (req) => listBenchmarks(services, requireActor(req), req.query),
  );
  r.post(
    base,
    {
      schema: {
        tags,
        summary: '起草裁量基准（已有公布版本的，起草新版本）',
        body: s.draftBenchmarkBody,
        response: createdAnswers(c.createdBenchmark),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await draftBenchmark(services, writeContext(req, requireActor(req)), req.body)),
  );
  r.get(
    `${base}/in-force`,
    {
      schema: {
        tags,
        summary: '某事项在某日现行有效的裁量基准版本',
        querystring: s.inForceQuery,
        response: answers(c.benchmarkInForce),
      },
    },
    async (req) => benchmarkInForce(services, requireActor(req), req.query),
  );
  r.get(`${base}/:id`, { schema: { ...one, summary: '裁量基准（一个版本）' } }, async (req) =>
    getBenchmark(services, requireActor(req), req.params.id),
  );
  r.put(
    `${base}/:id`,
    { schema: { ...one, summary: '修改裁量基准草稿', body: s.changeBenchmarkBody } },
    async (req) => {
      const actor = requireActor(req);
      await changeBenchmark(services, writeContext(req), req.params.id, req.body);
      return getBenchmark(services, actor, req.params.id);
    },
  );
  r.post(
    `${base}/:id/publication`,
    { schema: { ...one, summary: '公布裁量基准', body: s.publishBenchmarkBody } },
    async (req) => {
      const actor = requireActor(req);
      await publishBenchmark(services, writeContext(req), req.params.id, req.body);
      return getBenchmark(services, actor, req.params.id);
    },
  );
  r.post(
    `${base}/:id/suggestion`,
    {
      schema: {
        tags,
        summary: '按裁量基准测算处罚（适用情形、处罚幅度、依据和理由）',
        params: s.idParams,
        body: s.suggestionBody,
        response: answers(c.penaltySuggestion),
      },
    },
    async (req) => suggestForBenchmark(services, requireActor(req), req.params.id, req.body.facts as Facts),
  );
  discretionStatisticsRoutes(app, services);

  const publicTags = ['行政裁量权基准（无需登录）'];
  const config = { rateLimit: publicReadLimit(services.config) };
  r.get(
    '/public/discretion/benchmarks',
    {
      schema: {
        tags: publicTags,
        summary: '现行有效的行政处罚裁量基准',
        querystring: s.publicListQuery,
        response: answers(c.publicBenchmarkList),
      },
      config,
    },
    async (req) => publicBenchmarks(services, req.query),
  );
  r.get(
    '/public/discretion/benchmarks/:id',
    {
      schema: {
        tags: publicTags,
        summary: '行政处罚裁量基准（一个事项）',
        params: s.idParams,
        response: answers(c.publicBenchmark),
      },
      config,
    },
    async (req) => publicBenchmark(services, req.params.id),
  );
  r.get(
    '/public/discretion/lenient-lists',
    {
      schema: { tags: publicTags, summary: '不予处罚和从轻减轻处罚清单', response: answers(c.lenientLists) },
      config,
    },
    async () => publicLenientLists(services),
  );
}
