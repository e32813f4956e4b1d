// Generated documents and catalogue transfer: the 意见采纳情况说明 (DOCX), the 备案报告 package (DOCX and PDF), the
// published official text for the portal (DOCX and PDF, no account), the catalogue as Excel with the list's filters,
// and the import of 存量文件 from Excel (template, then all-or-nothing import with a row error report).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor, writeContext } from '../../platform/http/request-context';
import { badRequest } from '../../platform/errors';
import type { Services } from '../../platform/services';
import * as s from './schemas';
import { adoptionReportFile, filingPackageFile, publicTextFile } from './queries/generated-files';
import { sendPaper } from '../../platform/papers/render';
import { sendWorkbook } from '../../platform/http/xlsx-export';
import { exportCatalogue } from './catalogue/documents/catalogue-export';
import { printView } from './queries/print-view';
import { importTemplate } from './catalogue/documents/import-template';
import { assertMayImport, importDocuments } from './catalogue/commands/import-documents';
import * as c from '@fazhi/core/contracts';
import { answers, createdAnswers, fileAnswers } from '../../platform/http/contract';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const PDF = 'application/pdf';

const sendFile = sendPaper;

export const exportQuery = s.listQuery.omit({ page: true, pageSize: true });

export async function documentFileRoutes(app: FastifyInstance, services: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['行政规范性文件'];
  const base = '/normative-documents';

  r.get(
    `${base}/export.xlsx`,
    {
      schema: {
        tags,
        summary: '导出规范性文件目录（Excel，与列表相同的筛选条件）',
        querystring: exportQuery,
        response: fileAnswers(XLSX, '规范性文件目录（Excel）'),
      },
    },
    async (req, reply) => {
      const stream = exportCatalogue(services, requireActor(req), req.query);
      return sendWorkbook(reply, `规范性文件目录（${services.clock.today()}）.xlsx`, stream);
    },
  );
  r.get(
    `${base}/import-template.xlsx`,
    { schema: { tags, summary: '下载存量文件导入模板', response: fileAnswers(XLSX, '导入模板（Excel）') } },
    async (req, reply) => {
      assertMayImport(services, requireActor(req));
      return sendFile(reply, { body: await importTemplate(), contentType: XLSX, fileName: '规范性文件导入模板.xlsx' });
    },
  );
  r.post(
    `${base}/import`,
    {
      schema: {
        tags,
        summary: '从 Excel 导入存量规范性文件（逐行校验，全部成功或全部不导入）',
        response: createdAnswers(c.catalogueImported),
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      assertMayImport(services, actor);
      if (!Buffer.isBuffer(req.body) || req.body.length === 0)
        throw badRequest(`请以 Excel 文件作为请求内容上传（当前内容类型：${req.headers['content-type'] ?? '无'}）`, [
          { path: 'file', message: '请上传 .xlsx 文件' },
        ]);
      const result = await importDocuments(services, { ...writeContext(req), actor }, req.body);
      if (result.errors.length)
        return reply.status(422).send({
          code: 'IMPORT_REJECTED',
          message: `导入未执行：发现 ${result.errors.length} 处问题，请按行修改后重新上传`,
          fields: result.errors.map((e) => ({ path: `${e.row}.${e.field}`, message: e.message })),
          imported: 0,
          errors: result.errors,
        });
      return reply.status(201).send({ imported: result.imported, errors: [], ids: result.ids });
    },
  );

  r.get(
    `${base}/:id/print-view`,
    { schema: { tags, summary: '公文版式打印视图（GB/T 9704）', params: s.idParams, response: answers(c.printView) } },
    async (req) => printView(services, requireActor(req), req.params.id),
  );
  r.get(
    `${base}/:id/adoption-report.docx`,
    {
      schema: {
        tags,
        summary: '意见采纳情况说明（Word）',
        params: s.idParams,
        response: fileAnswers(DOCX, '意见采纳情况说明'),
      },
    },
    async (req, reply) => sendFile(reply, await adoptionReportFile(services, requireActor(req), req.params.id)),
  );
  r.get(
    `${base}/:id/filing-package.docx`,
    {
      schema: { tags, summary: '备案报告及附件（Word）', params: s.idParams, response: fileAnswers(DOCX, '备案报告') },
    },
    async (req, reply) => sendFile(reply, await filingPackageFile(services, requireActor(req), req.params.id, 'docx')),
  );
  r.get(
    `${base}/:id/filing-package.pdf`,
    { schema: { tags, summary: '备案报告及附件（PDF）', params: s.idParams, response: fileAnswers(PDF, '备案报告') } },
    async (req, reply) => sendFile(reply, await filingPackageFile(services, requireActor(req), req.params.id, 'pdf')),
  );

  const publicTags = ['公众参与（无需登录）'];
  // each download lays out the text anew (a PDF embeds a font subset): a per-address limit keeps it cheap to serve
  const publicLimit = { rateLimit: { max: 60, timeWindow: '1 minute' } };
  r.get(
    '/public/normative-documents/:id/text.docx',
    {
      schema: {
        tags: publicTags,
        summary: '已发布文件正式文本（Word）',
        params: s.idParams,
        response: fileAnswers(DOCX, '正式文本'),
      },
      config: publicLimit,
    },
    async (req, reply) => sendFile(reply, await publicTextFile(services, req.params.id, 'docx')),
  );
  r.get(
    '/public/normative-documents/:id/text.pdf',
    {
      schema: {
        tags: publicTags,
        summary: '已发布文件正式文本（PDF）',
        params: s.idParams,
        response: fileAnswers(PDF, '正式文本'),
      },
      config: publicLimit,
    },
    async (req, reply) => sendFile(reply, await publicTextFile(services, req.params.id, 'pdf')),
  );
}
