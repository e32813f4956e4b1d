// Thin routes of 行政应诉: validate → one use case (which loads the suit or the agency in scope and authorizes) → the
// answer. A suit's acts answer the suit as it now stands.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import * as c from '@fazhi/core/contracts';
import { answers, createdAnswers, fileAnswers } from '../../platform/http/contract';
import { requireActor, writeContext } from '../../platform/http/request-context';
import { sendPaper } from '../../platform/papers/render';
import type { Services } from '../../platform/services';
import type { WriteContext } from '../../platform/write';
import * as s from './schemas';
import { registerSuit } from './commands/register-suit';
import { serveComplaint } from './commands/serve-complaint';
import { submitDefence } from './commands/submit-defence';
import { scheduleHearing } from './commands/schedule-hearing';
import { recordAppearance } from './commands/record-appearance';
import { decideSuit } from './commands/decide-suit';
import { concludeSuit } from './commands/conclude-suit';
import { performJudgment } from './commands/perform-judgment';
import { receiveRecommendation } from './commands/receive-recommendation';
import { replyRecommendation } from './commands/reply-recommendation';
import { getSuit, listSuits } from './queries/suits';
import { listRecommendations } from './queries/recommendations';
import { monthlyNoticeFile } from './papers/monthly-notice';
import { litigationStatisticsRoutes } from './statistics/routes';

export async function litigationRoutes(app: FastifyInstance, services: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['行政应诉'];

  r.get(
    '/litigation-suits',
    { schema: { tags, summary: '行政诉讼案件', querystring: s.suitsQuery, response: answers(c.suitPage) } },
    async (req) => listSuits(services, requireActor(req), req.query),
  );
  r.post(
    '/litigation-suits',
    {
      schema: {
        tags,
        summary: '登记行政诉讼案件',
        body: s.registerSuitBody,
        response: createdAnswers(c.litigationSuit),
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { id } = await registerSuit(services, writeContext(req, actor), req.body);
      return reply.status(201).send(await getSuit(services, actor, id));
    },
  );
  r.get(
    '/litigation-suits/:id',
    { schema: { tags, summary: '行政诉讼案件（一件）', params: s.idParams, response: answers(c.litigationSuit) } },
    async (req) => getSuit(services, requireActor(req), req.params.id),
  );

  const act = <B>(
    path: string,
    summary: string,
    body: z.ZodType<B>,
    run: (services: Services, ctx: WriteContext, id: string, input: B) => Promise<unknown>,
  ) =>
    r.post(
      `/litigation-suits/:id/${path}`,
      { schema: { tags, summary, params: s.idParams, body, response: answers(c.litigationSuit) } },
      async (req) => {
        const actor = requireActor(req);
        await run(services, writeContext(req, actor), req.params.id, req.body as B);
        return getSuit(services, actor, req.params.id);
      },
    );
  act('service', '记录收到起诉状副本（起算十五日答辩期）', s.serveBody, serveComplaint);
  act('defence', '记录提交答辩状、证据和规范性文件', s.defendBody, submitDefence);
  act('hearings', '记录开庭安排（和人民法院通知负责人出庭）', s.hearingBody, scheduleHearing);
  act('appearance', '记录一次开庭的出庭应诉情况', s.appearanceBody, recordAppearance);
  act('outcome', '记录裁判结果（起算上诉期）', s.decideBody, decideSuit);
  act('conclusion', '记录上诉或者裁判生效', s.concludeBody, concludeSuit);
  act('performance', '记录履行生效裁判', s.performBody, performJudgment);

  r.get(
    '/litigation-recommendations',
    {
      schema: {
        tags,
        summary: '司法建议和检察建议',
        querystring: s.recommendationsQuery,
        response: answers(c.recommendationPage),
      },
    },
    async (req) => listRecommendations(services, requireActor(req), req.query),
  );
  r.post(
    '/litigation-recommendations',
    {
      schema: {
        tags,
        summary: '登记收到的司法建议、检察建议',
        body: s.receiveRecommendationBody,
        response: createdAnswers(c.createdLitigationRecord),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await receiveRecommendation(services, writeContext(req, requireActor(req)), req.body)),
  );
  r.post(
    '/litigation-recommendations/:id/reply',
    {
      schema: {
        tags,
        summary: '记录书面回复司法建议、检察建议',
        params: s.idParams,
        body: s.replyRecommendationBody,
        response: answers(c.createdLitigationRecord),
      },
    },
    async (req) => {
      await replyRecommendation(services, writeContext(req, requireActor(req)), req.params.id, req.body);
      return { id: req.params.id };
    },
  );
  r.get(
    '/litigation-notices/monthly',
    {
      schema: {
        tags,
        summary: '行政应诉工作情况月通报（DOCX 或 PDF）',
        querystring: s.noticeQuery,
        response: fileAnswers('application/octet-stream', '行政应诉工作情况月通报（DOCX 或 PDF）'),
      },
    },
    async (req, reply) => sendPaper(reply, await monthlyNoticeFile(services, requireActor(req), req.query)),
  );
  await litigationStatisticsRoutes(app, services);
}
