// The office's routes (thin: validate → one use case → the case as it now stands). Every act has one shape:
// POST /reconsideration-cases/:id/<act> with its body, by the signed-in actor, answered with the case.
import * as c from '@fazhi/core/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { answers, createdAnswers, fileAnswers } from '../../platform/http/contract';
import { recordActRoutes } from '../../platform/http/record-acts';
import { requireActor, writeContext } from '../../platform/http/request-context';
import { sendPaper } from '../../platform/papers/render';
import type { Services } from '../../platform/services';
import { acceptApplication } from './applications/commands/accept-application';
import { deemWithdrawn } from './applications/commands/deem-withdrawn';
import { refuseApplication } from './applications/commands/refuse-application';
import { registerApplication } from './applications/commands/submit-application';
import { requestCorrection } from './applications/commands/request-correction';
import { decideCase } from './hearing/commands/decide-case';
import { extendDecision } from './hearing/commands/extend-decision';
import { publishDecision } from './hearing/commands/publish-decision';
import { recordAnswer } from './hearing/commands/record-answer';
import { recordViews } from './hearing/commands/record-views';
import { convertProcedure } from './hearing/commands/convert-procedure';
import { nameHandlers } from './hearing/commands/name-handlers';
import { issueOpinion, recordOpinionReport } from './hearing/commands/opinions';
import { sendCopy } from './hearing/commands/send-copy';
import { mediateCase } from './hearing/commands/mediate-case';
import { recordHearing } from './hearing/commands/record-hearing';
import { settleCase } from './hearing/commands/settle-case';
import { scheduleHearing } from './hearing/commands/schedule-hearing';
import { resumeCase, suspendCase } from './hearing/commands/suspend-case';
import { terminateCase } from './hearing/commands/terminate-case';
import { openNormativeReview } from './normative-review/commands/open-review';
import { concludeReview, recordReviewStep } from './normative-review/commands/review-steps';
import { casePaperFile } from './papers/papers';
import { recordPaperService } from './papers/record-service';
import { getCase, listCases } from './queries/cases';
import * as s from './schemas';
import { reconsiderationStatisticsRoutes } from './statistics/routes';

const tags = ['行政复议'];

export async function reconsiderationRoutes(app: FastifyInstance, services: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/reconsideration-cases',
    {
      schema: {
        tags,
        summary: '行政复议案件列表',
        querystring: s.caseListQuery,
        response: answers(c.reconsiderationCaseList),
      },
    },
    async (req) => listCases(services, requireActor(req), req.query),
  );
  r.post(
    '/reconsideration-cases',
    {
      schema: {
        tags,
        summary: '登记邮寄、当面提交或者口头提出的行政复议申请',
        body: s.registerApplicationBody.extend({ regionCode: s.publicApplicationBody.shape.regionCode }),
        response: createdAnswers(c.reconsiderationCase),
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { id } = await registerApplication(services, writeContext(req, actor), req.body);
      return reply.status(201).send(await getCase(services, actor, id));
    },
  );
  r.get(
    '/reconsideration-cases/:id',
    { schema: { tags, summary: '行政复议案件', params: s.caseParams, response: answers(c.reconsiderationCase) } },
    async (req) => getCase(services, requireActor(req), req.params.id),
  );
  r.get(
    '/reconsideration-cases/:id/papers/:paper',
    {
      schema: {
        tags,
        summary:
          '行政复议文书（补正通知书、受理通知书、不予受理决定书、答复通知书、听证通知书、决定书、调解书；DOCX 或 PDF）',
        params: z.object({
          id: s.uuid,
          paper: s.paperKind,
        }),
        querystring: z.object({
          format: z.enum(['docx', 'pdf'], { error: '文件格式应为 docx 或 pdf' }).default('docx'),
        }),
        response: fileAnswers('application/octet-stream', '行政复议文书（DOCX 或 PDF）'),
      },
    },
    async (req, reply) =>
      sendPaper(
        reply,
        await casePaperFile(services, requireActor(req), req.params.id, req.params.paper, req.query.format),
      ),
  );

  const act = recordActRoutes(app, services, {
    base: '/reconsideration-cases',
    tags,
    response: c.reconsiderationCase,
    read: getCase,
  });
  act('correction-request', '通知申请人补正（一次性列明补正事项）', s.requestCorrectionBody, requestCorrection);
  act('withdrawal', '逾期不补正，视为放弃申请', z.object({}), (sv, ctx, id) => deemWithdrawn(sv, ctx, id));
  act('acceptance', '受理（确定审理程序和承办人）', s.acceptBody, acceptApplication);
  act('refusal', '决定不予受理', s.refuseBody, refuseApplication);
  act('copy', '向被申请人发送申请书副本', s.actOnBody, sendCopy);
  act('answer', '收到被申请人书面答复', s.actOnBody, recordAnswer);
  act('suspension', '中止行政复议', s.suspendBody, suspendCase);
  act('resumption', '恢复审理', s.resumeBody, resumeCase);
  act('termination', '终止行政复议', s.terminateBody, terminateCase);
  act('extension', '延长审理期限（经批准）', s.extendBody, extendDecision);
  act('decision', '作出行政复议决定', s.decideBody, decideCase);
  act('publication', '公开行政复议决定书', z.object({}), (sv, ctx, id) => publishDecision(sv, ctx, id));
  act('service', '记录文书送达', s.serveBody, recordPaperService);
  act('views', '听取当事人意见并记录在案', s.viewsBody, recordViews);
  act('conversion', '简易程序转为普通程序（经批准）', s.extendBody, convertProcedure);
  act('handlers', '指定或者变更承办人', s.nameHandlersBody, nameHandlers);
  act('opinions', '制发行政复议意见书', s.issueOpinionBody, issueOpinion);
  act('hearings', '组织听证并书面通知当事人', s.scheduleHearingBody, scheduleHearing);
  act('hearing-record', '记录听证情况和听证笔录', s.recordHearingBody, recordHearing);
  act('mediation', '记录调解（达成协议的制作行政复议调解书）', s.mediateBody, mediateCase);
  act('settlement', '和解后准予撤回申请并终止行政复议', s.settleBody, settleCase);
  act('normative-reviews', '规范性文件附带审查（中止审理）', s.openNormativeReviewBody, openNormativeReview);
  act('normative-review-steps', '记录附带审查的通知、答复或者转送', s.normativeReviewStepBody, recordReviewStep);
  act('normative-review-outcome', '附带审查办结', s.concludeNormativeReviewBody, concludeReview);
  act('opinion-report', '记录意见书受送机关报送的纠正情况', s.opinionReportBody, recordOpinionReport);
  await reconsiderationStatisticsRoutes(app, services);
}
