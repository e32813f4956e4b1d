// Thin console routes: validate → one use case (which loads in scope and authorizes) → present the document again
// with its abilities.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { requireActor, writeContext } from '../../platform/http/request-context';
import { found, notFound } from '../../platform/errors';
import type { Services } from '../../platform/services';
import * as s from './schemas';
import { draftDocument } from './drafting/commands/draft-document';
import { reviseDraft } from './drafting/commands/revise-draft';
import { openConsultation } from './drafting/commands/open-consultation';
import { closeConsultation } from './drafting/commands/close-consultation';
import { exemptConsultation } from './drafting/commands/exempt-consultation';
import { moderateComment } from './drafting/commands/moderate-comment';
import { answerComment } from './drafting/commands/answer-comment';
import { recordFairCompetitionReview } from './drafting/commands/record-fair-competition-review';
import { submitForLegalityReview } from './drafting/commands/submit-for-legality-review';
import { recordLegalityReview } from './drafting/commands/record-legality-review';
import { recordDeliberation } from './drafting/commands/record-deliberation';
import { reviseAfterReview } from './drafting/commands/revise-after-review';
import { publishDocument } from './registration/commands/publish-document';
import { publishInterpretation } from './registration/commands/publish-interpretation';
import { submitFiling } from './filing/commands/submit-filing';
import { forwardFiling } from './filing/commands/forward-filing';
import { recordFilingReview } from './filing/commands/record-filing-review';
import { orderCorrection } from './filing/commands/order-correction';
import { reportCorrection } from './filing/commands/report-correction';
import { confirmCorrection } from './filing/commands/confirm-correction';
import { startPostEvaluation } from './post-evaluation/commands/start-post-evaluation';
import { concludePostEvaluation } from './post-evaluation/commands/conclude-post-evaluation';
import { openCleanupCampaign } from './cleanup/commands/open-cleanup-campaign';
import { recordCleanupDecision } from './cleanup/commands/record-cleanup-decision';
import { publishCleanupResults } from './cleanup/commands/publish-cleanup-results';
import { acceptReviewRequest } from './filing/commands/accept-review-request';
import { answerReviewRequest } from './filing/commands/answer-review-request';
import { setIssuerPrefix } from './registration/commands/set-issuer-prefix';
import { listDocuments } from './queries/list-documents';
import { getDocument } from './queries/get-document';
import { getCleanupCampaign, listCleanupCampaigns } from './cleanup/queries/cleanup';
import { getReviewRequest, listReviewRequests } from './filing/queries/review-requests';
import { runPrecheckOn } from './drafting/precheck';
import { getReviewPackage } from './drafting/queries/review-package';
import { listPendingComments } from './drafting/queries/participation-reads';
import { loadDocument } from './workflow';
import * as c from '@fazhi/core/contracts';
import { answers, createdAnswers } from '../../platform/http/contract';

export async function normativeRoutes(app: FastifyInstance, services: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['行政规范性文件'];
  const base = '/normative-documents';
  const present = async (actor: Parameters<typeof getDocument>[1], id: string) => {
    const doc = await getDocument(services, actor, id);
    if (!doc) throw notFound('规范性文件');
    return doc;
  };

  r.get(
    base,
    { schema: { tags, summary: '规范性文件列表', querystring: s.listQuery, response: answers(c.normativeListPage) } },
    async (req) => listDocuments(services, requireActor(req), req.query),
  );
  r.get(
    `${base}/:id`,
    { schema: { tags, summary: '规范性文件详情', params: s.idParams, response: answers(c.normativeDocument) } },
    async (req) => present(requireActor(req), req.params.id),
  );
  r.post(
    base,
    { schema: { tags, summary: '起草规范性文件', body: s.draftBody, response: createdAnswers(c.normativeDocument) } },
    async (req, reply) => {
      const actor = requireActor(req);
      const { id } = await draftDocument(services, writeContext(req), req.body);
      return reply.status(201).send(await present(actor, id));
    },
  );
  r.get(
    `${base}/:id/precheck`,
    {
      schema: { tags, summary: '智能辅助审查（合法性预审）', params: s.idParams, response: answers(c.precheckResult) },
    },
    async (req) => {
      const doc = await loadDocument(services, services.db, requireActor(req), req.params.id);
      if (!doc) throw notFound('规范性文件');
      return runPrecheckOn(services.db, doc.row);
    },
  );

  r.get(
    `${base}/:id/review-package`,
    {
      schema: {
        tags,
        summary: '合法性审核材料（草案、依据、说明、意见及采纳情况、公平竞争审查、审核清单、预审结果）',
        params: s.idParams,
        response: answers(c.reviewPackage),
      },
    },
    async (req) => {
      const p = await getReviewPackage(services, requireActor(req), req.params.id);
      if (!p) throw notFound('规范性文件');
      return p;
    },
  );
  r.get(
    '/normative-comments/pending',
    {
      schema: {
        tags,
        summary: '待审核的公众意见（审核队列）',
        querystring: s.pendingCommentsQuery,
        response: answers(c.pendingCommentPage),
      },
    },
    async (req) => listPendingComments(services, requireActor(req), req.query),
  );

  // One POST per recorded act on a document: path, summary, body schema, use case.
  const act = <B extends z.ZodType>(
    path: string,
    summary: string,
    body: B,
    run: (ctx: ReturnType<typeof writeContext>, id: string, input: z.infer<B>) => Promise<unknown>,
  ) =>
    r.post(
      `${base}/:id/${path}`,
      { schema: { tags, summary, params: s.idParams, body, response: answers(c.actResult) } },
      async (req) => {
        const actor = requireActor(req);
        const result = await run(writeContext(req), req.params.id, req.body as z.infer<B>);
        return { result: result ?? null, document: await present(actor, req.params.id) };
      },
    );

  act('revise', '修改草案', s.reviseBody, (c, id, b) => reviseDraft(services, c, id, b));
  act('consultation', '公开征求意见', s.openConsultationBody, (c, id, b) => openConsultation(services, c, id, b));
  act('consultation/close', '结束征求意见', s.closeConsultationBody, (c, id, b) =>
    closeConsultation(services, c, id, b.closedOn),
  );
  act('consultation/exemption', '免于公开征求意见', s.exemptConsultationBody, (c, id, b) =>
    exemptConsultation(services, c, id, b.reason),
  );
  act('fair-competition-review', '公平竞争审查', s.fairCompetitionBody, (c, id, b) =>
    recordFairCompetitionReview(services, c, id, b),
  );
  act('legality-review/submission', '报送合法性审核', s.submitReviewBody, (c, id, b) =>
    submitForLegalityReview(services, c, id, b.submittedOn),
  );
  act('legality-review', '作出合法性审核意见', s.legalityReviewBody, (c, id, b) =>
    recordLegalityReview(services, c, id, b),
  );
  act('legality-review/revision', '按审核意见修改草案（修改后通过）', s.reviseAfterReviewBody, (c, id, b) =>
    reviseAfterReview(services, c, id, b),
  );
  act('deliberation', '记录集体审议', s.deliberationBody, (c, id, b) => recordDeliberation(services, c, id, b));
  act('publication', '统一登记、编号、发布', s.publishBody, (c, id, b) => publishDocument(services, c, id, b));
  act('interpretation', '发布或更新政策解读', s.interpretationBody, (c, id, b) =>
    publishInterpretation(services, c, id, b),
  );
  act('filing', '报送备案', s.submitFilingBody, (c, id, b) => submitFiling(services, c, id, b.submittedOn));
  act('filing/forwarding', '报上级政府和人大常委会备案', s.forwardFilingBody, (c, id, b) =>
    forwardFiling(services, c, id, b),
  );
  act('filing/review', '备案审查结论', s.filingReviewBody, (c, id, b) => recordFilingReview(services, c, id, b));
  act('filing/correction-order', '通知自行纠正', s.orderCorrectionBody, (c, id, b) =>
    orderCorrection(services, c, id, b),
  );
  act('filing/correction-report', '报告纠正情况', s.reportCorrectionBody, (c, id, b) =>
    reportCorrection(services, c, id, b),
  );
  act('filing/correction-confirmation', '确认纠正', s.confirmCorrectionBody, (c, id, b) =>
    confirmCorrection(services, c, id, b),
  );
  act('post-evaluation/start', '开展后评估', s.startEvaluationBody, (c, id, b) =>
    startPostEvaluation(services, c, id, b.startedOn),
  );
  act('post-evaluation/conclusion', '后评估结论', s.concludeEvaluationBody, (c, id, b) =>
    concludePostEvaluation(services, c, id, b),
  );

  r.post(
    `${base}/:id/comments/:commentId/moderation`,
    {
      schema: {
        tags,
        summary: '审核公众意见',
        params: s.commentParams,
        body: s.moderateBody,
        response: answers(c.normativeDocument),
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await moderateComment(services, writeContext(req), req.params.id, req.params.commentId, req.body);
      return present(actor, req.params.id);
    },
  );
  r.post(
    `${base}/:id/comments/:commentId/answer`,
    {
      schema: {
        tags,
        summary: '答复公众意见（采纳情况）',
        params: s.commentParams,
        body: s.answerBody,
        response: answers(c.normativeDocument),
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await answerComment(services, writeContext(req), req.params.id, req.params.commentId, req.body);
      return present(actor, req.params.id);
    },
  );

  const cleanup = '/normative-cleanup-campaigns';
  r.get(
    cleanup,
    { schema: { tags, summary: '规范性文件清理', response: answers(c.cleanupCampaignList) } },
    async (req) => ({
      items: await listCleanupCampaigns(services, requireActor(req)),
    }),
  );
  r.get(
    `${cleanup}/:id`,
    { schema: { tags, summary: '清理详情', params: s.idParams, response: answers(c.cleanupCampaign) } },
    async (req) => {
      const c = await getCleanupCampaign(services, requireActor(req), req.params.id);
      if (!c) throw notFound('清理');
      return c;
    },
  );
  r.post(
    cleanup,
    { schema: { tags, summary: '启动清理', body: s.openCleanupBody, response: createdAnswers(c.cleanupCampaign) } },
    async (req, reply) => {
      const actor = requireActor(req);
      const { id } = await openCleanupCampaign(services, writeContext(req), req.body);
      return reply.status(201).send(await found(getCleanupCampaign(services, actor, id), '清理'));
    },
  );
  r.post(
    `${cleanup}/:id/decisions`,
    {
      schema: {
        tags,
        summary: '作出清理意见',
        params: s.idParams,
        body: s.cleanupDecisionBody,
        response: answers(c.cleanupCampaign),
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await recordCleanupDecision(services, writeContext(req), req.params.id, req.body);
      return found(getCleanupCampaign(services, actor, req.params.id), '清理');
    },
  );
  r.post(
    `${cleanup}/:id/publication`,
    {
      schema: {
        tags,
        summary: '公布清理结果',
        params: s.idParams,
        body: s.publishCleanupBody,
        response: answers(c.cleanupPublished),
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const counts = await publishCleanupResults(services, writeContext(req), req.params.id, req.body.publishedOn);
      return { counts, campaign: await found(getCleanupCampaign(services, actor, req.params.id), '清理') };
    },
  );

  const requests = '/normative-review-requests';
  r.get(
    requests,
    { schema: { tags, summary: '建议审查', querystring: s.listRequestsQuery, response: answers(c.reviewRequestPage) } },
    async (req) => listReviewRequests(services, requireActor(req), req.query),
  );
  r.get(
    `${requests}/:id`,
    { schema: { tags, summary: '建议审查详情', params: s.idParams, response: answers(c.reviewRequestDetail) } },
    async (req) => {
      const request = await getReviewRequest(services, requireActor(req), req.params.id);
      if (!request) throw notFound('审查建议');
      return request;
    },
  );
  r.post(
    `${requests}/:id/decision`,
    {
      schema: {
        tags,
        summary: '受理或不予受理',
        params: s.idParams,
        body: s.decideRequestBody,
        response: answers(c.reviewRequestDetail),
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await acceptReviewRequest(services, writeContext(req), req.params.id, req.body);
      return found(getReviewRequest(services, actor, req.params.id), '审查建议');
    },
  );
  r.post(
    `${requests}/:id/answer`,
    {
      schema: {
        tags,
        summary: '答复审查建议',
        params: s.idParams,
        body: s.answerRequestBody,
        response: answers(c.reviewRequestDetail),
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await answerReviewRequest(services, writeContext(req), req.params.id, req.body);
      return found(getReviewRequest(services, actor, req.params.id), '审查建议');
    },
  );

  r.put(
    '/normative-issuers',
    { schema: { tags, summary: '设置发文机关代字', body: s.issuerPrefixBody, response: answers(c.okBody) } },
    async (req) => {
      requireActor(req);
      await setIssuerPrefix(services, writeContext(req), req.body);
      return { ok: true as const };
    },
  );
}
