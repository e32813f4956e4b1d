// Thin routes of the enforcement registry: bodies and their announcement, officers with certificates (one, or a
// whole roster from Excel), certificate status, the officers short of training (recorded in the training module's register); and the portal's published list and
// certificate check, without sign-in and rate-limited like the portal's other reads.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as c from '@fazhi/core/contracts';
import { badRequest } from '../../platform/errors';
import { XLSX_TYPE } from '../../platform/http/attachment';
import { answers, createdAnswers, fileAnswers } from '../../platform/http/contract';
import { publicReadLimit } from '../../platform/http/rate-limit';
import { requireActor, writeContext } from '../../platform/http/request-context';
import { sendWorkbook } from '../../platform/http/xlsx-export';
import type { Services } from '../../platform/services';
import * as s from './schemas';
import { registerBody } from './bodies/commands/register-body';
import { announceBodies } from './bodies/commands/announce-bodies';
import { listBodies } from './bodies/queries/bodies';
import { publicBodyAnnouncement } from './bodies/queries/public-bodies';
import { addOfficer } from './officers/commands/add-officer';
import { changeCertificateStatus } from './officers/commands/change-certificate-status';
import { registerAnnually } from './officers/commands/register-annually';
import { renewCertificate } from './officers/commands/renew-certificate';
import { assertMayImportRoster, importRoster, rosterTemplate } from './officers/commands/import-roster';
import { listOfficers } from './officers/queries/officers';
import { checkCertificate } from './officers/queries/public-certificate';
import { trainingShortfall } from './training/queries/shortfall';

export async function enforcementRoutes(app: FastifyInstance, services: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['行政执法主体与人员'];
  const bodies = '/enforcement-bodies';
  const officers = '/enforcement-officers';

  r.get(bodies, { schema: { tags, summary: '行政执法主体', response: answers(c.enforcementBodyList) } }, async (req) =>
    listBodies(services, requireActor(req)),
  );
  r.put(
    `${bodies}/:organisationId`,
    {
      schema: {
        tags,
        summary: '确认或修改行政执法主体（法律地位、委托、执法领域、地址和电话）',
        params: s.bodyParams,
        body: s.bodyBody,
        response: answers(c.okBody),
      },
    },
    async (req) => {
      await registerBody(services, writeContext(req, requireActor(req)), req.params.organisationId, req.body);
      return { ok: true as const };
    },
  );
  r.post(
    '/enforcement-body-announcements',
    {
      schema: {
        tags,
        summary: '公告行政执法主体名单（每次公告为一个版本）',
        body: s.announcementBody,
        response: createdAnswers(c.bodyAnnouncementCreated),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await announceBodies(services, writeContext(req, requireActor(req)), req.body.regionCode)),
  );

  r.get(
    officers,
    {
      schema: {
        tags,
        summary: '执法人员与证件',
        querystring: s.officerListQuery,
        response: answers(c.enforcementOfficerList),
      },
    },
    async (req) => listOfficers(services, requireActor(req), req.query),
  );
  r.post(
    officers,
    {
      schema: { tags, summary: '登记执法人员和证件', body: s.officerBody, response: createdAnswers(c.officerCreated) },
    },
    async (req, reply) =>
      reply.status(201).send(await addOfficer(services, writeContext(req, requireActor(req)), req.body)),
  );
  r.get(
    `${officers}/import-template.xlsx`,
    {
      schema: {
        tags,
        summary: '下载执法人员名册导入模板',
        response: fileAnswers(XLSX_TYPE, '执法人员名册导入模板（Excel）'),
      },
    },
    async (req, reply) => {
      assertMayImportRoster(services, requireActor(req));
      return sendWorkbook(reply, '执法人员名册导入模板.xlsx', await rosterTemplate());
    },
  );
  r.post(
    `${officers}/import`,
    {
      schema: {
        tags,
        summary: '从 Excel 导入执法人员名册（整表校验，全部成功或全部不导入）',
        response: createdAnswers(c.rosterImported),
      },
    },
    async (req, reply) => {
      assertMayImportRoster(services, requireActor(req));
      if (!Buffer.isBuffer(req.body) || req.body.length === 0)
        throw badRequest('请以 Excel 文件作为请求内容上传', [{ path: 'file', message: '请上传 .xlsx 文件' }]);
      return reply.status(201).send(await importRoster(services, writeContext(req), req.body));
    },
  );
  r.put(
    `${officers}/:id/certificate-status`,
    {
      schema: {
        tags,
        summary: '暂扣、吊销或恢复执法证件',
        params: s.idParams,
        body: s.certificateStatusBody,
        response: answers(c.okBody),
      },
    },
    async (req) => changeCertificateStatus(services, writeContext(req, requireActor(req)), req.params.id, req.body),
  );
  r.put(
    `${officers}/:id/certificate`,
    {
      schema: {
        tags,
        summary: '换发执法证件（新证件号、发证日期和理由）',
        params: s.idParams,
        body: s.renewCertificateBody,
        response: answers(c.okBody),
      },
    },
    async (req) => renewCertificate(services, writeContext(req, requireActor(req)), req.params.id, req.body),
  );
  r.put(
    `${officers}/:id/annual-registration`,
    {
      schema: {
        tags,
        summary: '执法证件年度注册（本地区实行年度注册时）',
        params: s.idParams,
        body: s.annualRegistrationBody,
        response: answers(c.okBody),
      },
    },
    async (req) => registerAnnually(services, writeContext(req, requireActor(req)), req.params.id, req.body),
  );
  r.get(
    '/enforcement-training/shortfall',
    {
      schema: {
        tags,
        summary: '本年度培训学时不足的执法人员',
        querystring: s.shortfallQuery,
        response: answers(c.trainingShortfall),
      },
    },
    async (req) => trainingShortfall(services, requireActor(req), req.query),
  );

  const publicTags = ['行政执法公示（无需登录）'];
  const config = { rateLimit: publicReadLimit(services.config) };
  r.get(
    '/public/enforcement/bodies',
    {
      schema: {
        tags: publicTags,
        summary: '行政执法主体公告（最新一版或指定版本，及历次公告）',
        querystring: z.object({ version: z.coerce.number().int().min(1).optional() }),
        response: answers(c.publicBodyAnnouncement),
      },
      config,
    },
    async (req) => publicBodyAnnouncement(services, req.query),
  );
  r.get(
    '/public/enforcement/certificates/:number',
    {
      schema: {
        tags: publicTags,
        summary: '执法证件查询（姓名、单位、执法类别、执法区域和证件状态）',
        params: s.certificateParams,
        response: answers(c.publicCertificate),
      },
      config,
    },
    async (req) => checkCertificate(services, req.params.number),
  );
}
