// Thin routes of 法律顾问与合法性审查: validate → one use case (which locates the unit in scope and authorizes) → the
// answer. The review's act is the shared desk's, posted here by the desk's form (the kind's recordPath).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as c from '@fazhi/core/contracts';
import { answers, createdAnswers } from '../../platform/http/contract';
import { requireActor, writeContext } from '../../platform/http/request-context';
import type { Services } from '../../platform/services';
import * as s from './schemas';
import { registerAdviser } from './advisers/commands/register-adviser';
import { recordEngagement } from './advisers/commands/record-engagement';
import { listAdvisers, listEngagements } from './advisers/queries/advisers';
import { resubmitMatter, sendMatter } from './reviews/commands/send-matter';
import { reviseMatter } from './reviews/commands/revise-matter';
import { recordMatterReview } from './reviews/commands/record-review';
import { getMatter, listMatters } from './reviews/queries/matters';
import { listMeetings, recordMeeting } from './meetings/meetings';
import { legalAdviserStatisticsRoutes } from './statistics/routes';
import { z } from 'zod';
import { reviewMatterKinds } from '@fazhi/core/legal-advisers';

const mattersQuery = z.object({
  reviewKind: z.enum(reviewMatterKinds, { error: '送审事项类型应为合同、常务会议议题或其他文件' }).optional(),
});

export async function legalAdviserRoutes(app: FastifyInstance, services: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['法律顾问与合法性审查'];
  const created = createdAnswers(c.createdLegalAdviserRecord);

  r.get(
    '/legal-advisers',
    { schema: { tags, summary: '法律顾问、公职律师名册', response: answers(c.legalAdviserList) } },
    async (req) => listAdvisers(services, requireActor(req)),
  );
  r.post(
    '/legal-advisers',
    { schema: { tags, summary: '登记法律顾问、公职律师', body: s.registerAdviserBody, response: created } },
    async (req, reply) =>
      reply.status(201).send(await registerAdviser(services, writeContext(req, requireActor(req)), req.body)),
  );
  r.get(
    '/legal-adviser-engagements',
    {
      schema: {
        tags,
        summary: '法律顾问、公职律师参与事项',
        querystring: s.engagementsQuery,
        response: answers(c.legalAdviserEngagements),
      },
    },
    async (req) => listEngagements(services, requireActor(req), req.query),
  );
  r.post(
    '/legal-advisers/:id/engagements',
    {
      schema: {
        tags,
        summary: '记录法律顾问参与事项及签署的法律意见',
        params: s.idParams,
        body: s.recordEngagementBody,
        response: created,
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await recordEngagement(services, writeContext(req, requireActor(req)), req.params.id, req.body)),
  );
  r.get(
    '/legal-review-matters',
    {
      schema: {
        tags,
        summary: '合同、议题和文件合法性审查',
        querystring: mattersQuery,
        response: answers(c.legalReviewMatterList),
      },
    },
    async (req) => listMatters(services, requireActor(req), req.query),
  );
  r.post(
    '/legal-review-matters',
    {
      schema: {
        tags,
        summary: '报送合同、常务会议议题或其他文件合法性审查',
        body: s.sendMatterBody,
        response: created,
      },
    },
    async (req, reply) =>
      reply.status(201).send(await sendMatter(services, writeContext(req, requireActor(req)), req.body)),
  );
  r.get(
    '/legal-review-matters/:id',
    {
      schema: {
        tags,
        summary: '送审事项（一件）及各轮审查意见',
        params: s.idParams,
        response: answers(c.legalReviewMatter),
      },
    },
    async (req) => getMatter(services, requireActor(req), req.params.id),
  );
  const act = <B extends z.ZodType>(
    path: string,
    summary: string,
    body: B,
    run: (services: Services, ctx: ReturnType<typeof writeContext>, id: string, input: z.infer<B>) => Promise<unknown>,
  ) =>
    r.post(
      `/legal-review-matters/:id/${path}`,
      { schema: { tags, summary, params: s.idParams, body, response: answers(c.legalReviewMatter) } },
      async (req) => {
        const actor = requireActor(req);
        await run(services, writeContext(req, actor), req.params.id, req.body as z.infer<B>);
        return getMatter(services, actor, req.params.id);
      },
    );
  act('review', '合法性审查意见（审查要点、意见及条数、结果、参与的法律顾问）', s.reviewBody, recordMatterReview);
  act('revision', '送审单位按审查意见修改', s.reviseBody, reviseMatter);
  act('submission', '审核不通过的事项修改后重新报送', s.resubmitBody, resubmitMatter);
  r.get(
    '/legal-review-meetings',
    { schema: { tags, summary: '常务会议议程', response: answers(c.legalReviewMeetingList) } },
    async (req) => listMeetings(services, requireActor(req)),
  );
  r.post(
    '/legal-review-meetings',
    {
      schema: { tags, summary: '记录常务会议议程（议题须经合法性审查）', body: s.recordMeetingBody, response: created },
    },
    async (req, reply) =>
      reply.status(201).send(await recordMeeting(services, writeContext(req, requireActor(req)), req.body)),
  );
  await legalAdviserStatisticsRoutes(app, services);
}
