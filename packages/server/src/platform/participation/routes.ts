// The shared consultation's HTTP routes, for every kind of draft a module lends it: the portal's 意见征集 (the
// drafts open for comment, one draft's page, a comment — no account) and the console's comment desk across kinds
// (the queue, moderation, answer). The modules' own pages link here; the shared code never names a module.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as c from '@fazhi/core/contracts';
import { parseIsoDate } from '@fazhi/core/calendar';
import { answers, createdAnswers } from '../http/contract';
import { publicReadLimit } from '../http/rate-limit';
import { requireActor, writeContext } from '../http/request-context';
import { notFound } from '../errors';
import { portalIdentity } from '../portal/routes';
import type { Services } from '../services';
import { inWriteTransaction } from '../write';
import { submitSubjectCommentOn } from './consultation-commands';
import { getPublicSubjectConsultation, listOpenSubjectConsultations } from './consultation-queries';
import { answerDeskComment, consultationKinds, deskComments, moderateDeskComment } from './desk';
import { reviewDeskRoutes } from './review-routes';
import * as s from './schemas';
import { lentSubject, subjectLabel } from './subjects';

export function participationRoutes(app: FastifyInstance, services: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['公众参与（无需登录）'];
  const kindChoices = () =>
    consultationKinds(services).map(({ kind }) => ({ value: kind, label: subjectLabel(services.registry, kind) }));

  r.get(
    '/public/consultations',
    {
      schema: {
        tags,
        summary: '意见征集：正在公开征求意见的草案（各类）',
        querystring: s.openConsultationsQuery,
        response: answers(c.openSubjectConsultationPage),
      },
      config: { rateLimit: publicReadLimit(services.config) },
    },
    async (req) => {
      const region = (await portalIdentity(services)).regionCode;
      const kinds = req.query.kind ? [req.query.kind] : undefined;
      const page = await listOpenSubjectConsultations(services, region, req.query, kinds);
      return {
        ...page,
        kinds: kindChoices(),
        items: page.items.map(({ subjectType, subjectLabel: kindLabel, ...row }) => ({
          kind: subjectType,
          kindLabel,
          ...row,
        })),
      };
    },
  );
  r.get(
    '/public/consultations/:kind/:id',
    {
      schema: {
        tags,
        summary: '征求意见稿',
        params: s.consultationParams,
        response: answers(c.publicSubjectConsultation),
      },
      config: { rateLimit: publicReadLimit(services.config) },
    },
    async (req) => {
      const found = await getPublicSubjectConsultation(services, req.params.kind, req.params.id);
      // a draft of another region is not the portal's to show
      if (!found || found.regionCode !== (await portalIdentity(services)).regionCode)
        throw notFound('正在征求意见的草案');
      const { subjectType, subjectLabel: kindLabel, regionCode: _region, ...rest } = found;
      return {
        ...rest,
        kind: subjectType,
        kindLabel,
        daysRemaining: parseIsoDate(found.closesOn) - parseIsoDate(services.clock.today()),
      };
    },
  );
  r.post(
    '/public/consultations/:kind/:id/comments',
    {
      schema: {
        tags,
        summary: '对征求意见稿提出意见',
        params: s.consultationParams,
        body: s.commentBody,
        response: createdAnswers(c.submittedComment),
      },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      // the public act as nobody: a signed-in clerk who uses the portal is not acting in office
      const ctx = { actor: null, ip: req.ip };
      const draft = await lentSubject(services.registry, req.params.kind).load(services.db, req.params.id);
      // the portal takes comments on its own region's drafts only, as it shows only those
      if (!draft || draft.regionCode !== (await portalIdentity(services)).regionCode)
        throw notFound('正在征求意见的草案');
      const { articleId, ...input } = req.body;
      const done = await inWriteTransaction(services, ctx, (w) =>
        submitSubjectCommentOn(services, w, req.params.kind, req.params.id, {
          ...input,
          articleId: articleId ?? undefined,
        }),
      );
      return reply.status(201).send(done);
    },
  );

  const desk = ['公众意见处理'];
  r.get(
    '/consultation-comments',
    {
      schema: {
        tags: desk,
        summary: '待处理的公众意见（待审核在前，其后待答复）',
        querystring: s.deskCommentsQuery,
        response: answers(c.deskCommentPage),
      },
    },
    async (req) => deskComments(services, requireActor(req), req.query),
  );
  r.post(
    '/consultation-comments/:commentId/moderation',
    {
      schema: {
        tags: desk,
        summary: '审核公众意见',
        params: s.deskCommentParams,
        body: s.moderateBody,
        response: answers(c.okBody),
      },
    },
    async (req) => {
      await moderateDeskComment(services, writeContext(req, requireActor(req)), req.params.commentId, req.body);
      return { ok: true as const };
    },
  );
  r.post(
    '/consultation-comments/:commentId/answer',
    {
      schema: {
        tags: desk,
        summary: '答复公众意见（采纳情况）',
        params: s.deskCommentParams,
        body: s.answerBody,
        response: answers(c.okBody),
      },
    },
    async (req) => {
      await answerDeskComment(services, writeContext(req, requireActor(req)), req.params.commentId, req.body);
      return { ok: true as const };
    },
  );
  reviewDeskRoutes(app, services);
}
