// The body's routes (thin: validate → one use case → the request as it now stands). Every act has one shape:
// POST /disclosure-requests/:id/<act> with its body, by the signed-in actor, answered with the request.
import * as c from '@fazhi/core/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { answers, createdAnswers, fileAnswers } from '../../platform/http/contract';
import { recordActRoutes } from '../../platform/http/record-acts';
import { requireActor, writeContext } from '../../platform/http/request-context';
import { sendPaper } from '../../platform/papers/render';
import type { Services } from '../../platform/services';
import { requestPaperFile } from './papers/papers';
import { getRequest, listRequests } from './queries/requests';
import { confirmReceipt } from './requests/commands/confirm-receipt';
import { endConsultation, startConsultation } from './requests/commands/consultation';
import { deemWithdrawn, recordCorrection, requestCorrection } from './requests/commands/correction';
import { extendReply } from './requests/commands/extend-reply';
import { recordPaperService } from './requests/commands/record-service';
import { replyToRequest } from './requests/commands/reply';
import { registerRequest } from './requests/commands/submit-request';
import * as s from './schemas';

const tags = ['政府信息公开'];

export async function disclosureRoutes(app: FastifyInstance, services: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/disclosure-requests',
    {
      schema: {
        tags,
        summary: '政府信息公开申请列表',
        querystring: s.requestListQuery,
        response: answers(c.disclosureRequestList),
      },
    },
    async (req) => listRequests(services, requireActor(req), req.query),
  );
  r.post(
    '/disclosure-requests',
    {
      schema: {
        tags,
        summary: '登记信函、传真、当面或者口头提出的政府信息公开申请',
        body: s.registerRequestBody,
        response: createdAnswers(c.disclosureRequest),
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { id } = await registerRequest(services, writeContext(req, actor), req.body);
      return reply.status(201).send(await getRequest(services, actor, id));
    },
  );
  r.get(
    '/disclosure-requests/:id',
    { schema: { tags, summary: '政府信息公开申请', params: s.requestParams, response: answers(c.disclosureRequest) } },
    async (req) => getRequest(services, requireActor(req), req.params.id),
  );
  r.get(
    '/disclosure-requests/:id/papers/:paper',
    {
      schema: {
        tags,
        summary: '政府信息公开文书（补正告知书、延期答复告知书、征求意见函、答复告知书；DOCX 或 PDF）',
        params: s.paperParams,
        querystring: z.object({
          format: z.enum(['docx', 'pdf'], { error: '文件格式应为 docx 或 pdf' }).default('docx'),
        }),
        response: fileAnswers('application/octet-stream', '政府信息公开文书（DOCX 或 PDF）'),
      },
    },
    async (req, reply) =>
      sendPaper(
        reply,
        await requestPaperFile(services, requireActor(req), req.params.id, req.params.paper, req.query.format),
      ),
  );

  const act = recordActRoutes(app, services, {
    base: '/disclosure-requests',
    tags,
    response: c.disclosureRequest,
    read: getRequest,
  });
  act('receipt', '确认收到网上提交的申请（双方确认之日为收到申请之日）', s.confirmReceiptBody, confirmReceipt);
  act('correction-request', '一次性告知申请人补正', s.requestCorrectionBody, requestCorrection);
  act('correction', '记录申请人以信函或者当面提交的补正', s.submitCorrectionBody, recordCorrection);
  act('withdrawal', '逾期不补正，视为放弃申请', z.object({}), (sv, ctx, id) => deemWithdrawn(sv, ctx, id));
  act('consultation', '征求第三方或者共同制作机关意见', s.startConsultationBody, startConsultation);
  act('consultation-end', '收到意见或者征求意见期满', s.endConsultationBody, endConsultation);
  act('extension', '延长答复期限（经批准）', s.extendBody, extendReply);
  act('reply', '作出答复', s.replyBody, replyToRequest);
  act('service', '记录文书送达', s.serveBody, recordPaperService);
}
