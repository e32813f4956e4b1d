// Thin routes of a decision record: validate → one use case (which loads in scope, checks the status and the
// earlier steps, and authorizes) → the decision again with its abilities.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as c from '@fazhi/core/contracts';
import { answers, createdAnswers } from '../../../platform/http/contract';
import { requireActor, writeContext } from '../../../platform/http/request-context';
import type { Services } from '../../../platform/services';
import * as s from './schemas';
import { proposeDecision } from './commands/propose-decision';
import { decideStart } from './commands/decide-start';
import { recordDraft } from './commands/record-draft';
import { openConsultation } from './commands/open-consultation';
import { closeConsultation } from './commands/close-consultation';
import { submitForLegalityReview } from './commands/submit-for-legality-review';
import { recordLegalityReview } from './commands/record-legality-review';
import { recordDiscussion } from './commands/record-discussion';
import { reportToParty } from './commands/report-to-party';
import { publishDecision } from './commands/publish-decision';
import { fileDecision } from './commands/file-decision';
import { getDecision, listDecisions } from './queries/decisions';
import { decisionStepRoutes } from './steps/routes';
import { decisionActRoutes } from './act-routes';

export async function decisionRecordRoutes(app: FastifyInstance, services: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['重大行政决策'];
  const base = '/decisions';
  const one = { tags, params: s.decisionParams, response: answers(c.decisionRecord) };

  r.get(base, { schema: { tags, summary: '重大行政决策', response: answers(c.decisionRecordList) } }, async (req) =>
    listDecisions(services, requireActor(req)),
  );
  r.post(
    base,
    {
      schema: {
        tags,
        summary: '提出决策建议（第十条）',
        body: s.proposeDecisionBody,
        response: createdAnswers(c.createdDecision),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await proposeDecision(services, writeContext(req, requireActor(req)), req.body)),
  );
  r.get(`${base}/:id`, { schema: { ...one, summary: '重大行政决策（全过程记录）' } }, async (req) =>
    getDecision(services, requireActor(req), req.params.id),
  );

  // each act answers with the decision as it now stands
  const act = decisionActRoutes(app, services, c.decisionRecord, getDecision);
  act('start-decision', '决定是否启动决策程序（第十条、第十一条）', s.decideStartBody, decideStart);
  act('draft', '拟订决策草案（第十二条）', s.recordDraftBody, recordDraft);
  act('consultation', '公开征求意见（第十四条、第十五条）', s.openConsultationBody, openConsultation);
  act('consultation/closure', '结束公开征求意见', s.closeConsultationBody, (sv, ctx, id, b) =>
    closeConsultation(sv, ctx, id, b.closedOn),
  );
  act('legality-review', '送请合法性审查（第二十五条、第二十六条）', s.submitForReviewBody, submitForLegalityReview);
  act('legality-review/result', '合法性审查意见（第二十七条、第二十八条）', s.recordReviewBody, recordLegalityReview);
  act('discussion', '集体讨论决定（第三十条）', s.recordDiscussionBody, recordDiscussion);
  act('party-report', '向同级党委请示报告（第三十一条）', s.reportToPartyBody, reportToParty);
  act('publication', '公布决策（第三十二条）', s.publishDecisionBody, publishDecision);
  act('filing', '报送上一级人民政府备案', s.fileDecisionBody, fileDecision);
  await decisionStepRoutes(app, services);
}
