// Thin routes: validate → one use case (which authorizes through the policy) → present.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as c from '@fazhi/core/contracts';
import { badRequest } from '../../platform/errors';
import { answers, createdAnswers, fileAnswers } from '../../platform/http/contract';
import { XLSX_TYPE } from '../../platform/http/attachment';
import { sendWorkbook } from '../../platform/http/xlsx-export';
import { listKindLabels } from '@fazhi/core/power-lists';
import { importTemplate } from './import-columns';
import { publicReadLimit } from '../../platform/http/rate-limit';
import { requireActor, writeContext } from '../../platform/http/request-context';
import type { Services } from '../../platform/services';
import * as s from './schemas';
import { adjustList } from './commands/adjust-list';
import { assertMayImportList, importList } from './commands/import-list';
import { compareVersions } from './queries/compare';
import { getItem, listItems, listVersions, powerListOverview } from './queries/lists';
import { listPublicItems } from './queries/public-lists';
import { powerListStatisticsRoutes } from './statistics/routes';

/** A whole list's workbook: 200,000 rows of a real list are some 20 MB. */
const IMPORT_BODY_LIMIT = 64 * 1024 * 1024;

export async function powerListRoutes(app: FastifyInstance, services: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['权责清单与事项清单'];
  const base = '/power-lists/:listKind';

  r.get(
    '/power-lists',
    {
      schema: {
        tags,
        summary: '本地区各类清单及其现行版本',
        querystring: s.regionQuery,
        response: answers(c.powerListOverview),
      },
    },
    async (req) => powerListOverview(services, requireActor(req), req.query.regionCode),
  );
  r.get(
    `${base}/versions`,
    {
      schema: {
        tags,
        summary: '清单的各个版本及其调整情况（新版本在前）',
        params: s.listParams,
        querystring: s.regionQuery,
        response: answers(c.powerListVersions),
      },
    },
    async (req) => listVersions(services, requireActor(req), req.params.listKind, req.query.regionCode),
  );
  r.get(
    `${base}/items`,
    {
      schema: {
        tags,
        summary: '清单一个版本的事项（检索、筛选、分页；默认最新版本）',
        params: s.listParams,
        querystring: s.itemsQuery,
        response: answers(c.powerListItemPage),
      },
    },
    async (req) => listItems(services, requireActor(req), req.params.listKind, req.query),
  );
  r.get(
    `${base}/items/:itemCode`,
    {
      schema: {
        tags,
        summary: '清单中的一个事项',
        params: s.itemParams,
        querystring: s.versionQuery,
        response: answers(c.listItem),
      },
    },
    async (req) => getItem(services, requireActor(req), req.params.listKind, req.params.itemCode, req.query),
  );
  r.get(
    `${base}/compare`,
    {
      schema: {
        tags,
        summary: '比较清单的两个版本（新增、取消、变更的事项，逐项列明变更内容）',
        params: s.listParams,
        querystring: s.compareQuery,
        response: answers(c.powerListComparison),
      },
    },
    async (req) => compareVersions(services, requireActor(req), req.params.listKind, req.query),
  );
  r.post(
    `${base}/adjustments`,
    {
      schema: {
        tags,
        summary: '调整清单（新增、取消、合并、下放、变更），形成新版本',
        params: s.listParams,
        body: s.adjustmentBody,
        response: createdAnswers(c.powerListVersion),
      },
    },
    async (req, reply) => {
      requireActor(req);
      const { versionNo } = await adjustList(services, writeContext(req), req.params.listKind, req.body);
      const { items } = await listVersions(services, requireActor(req), req.params.listKind, req.body.regionCode);
      return reply.status(201).send(items.find((v) => v.versionNo === versionNo)!);
    },
  );
  r.get(
    `${base}/import-template.xlsx`,
    {
      schema: {
        tags,
        summary: '清单整体导入模板（Excel）',
        params: s.listParams,
        response: fileAnswers(XLSX_TYPE, '清单导入模板.xlsx'),
      },
    },
    async (req, reply) => {
      await listVersions(services, requireActor(req), req.params.listKind);
      return sendWorkbook(
        reply,
        `${listKindLabels[req.params.listKind]}导入模板.xlsx`,
        await importTemplate(req.params.listKind),
      );
    },
  );
  r.post(
    `${base}/import`,
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags,
        summary: '从 Excel 整体导入清单，形成新版本（流式逐行校验，全部成功或全部不导入）',
        params: s.listParams,
        querystring: s.importQuery,
        response: createdAnswers(c.powerListImportResult),
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      await assertMayImportList(services, actor, req.params.listKind, req.query.regionCode);
      if (!Buffer.isBuffer(req.body) || req.body.length === 0)
        throw badRequest(`请以 Excel 文件作为请求内容上传（当前内容类型：${req.headers['content-type'] ?? '无'}）`, [
          { path: 'file', message: '请上传 .xlsx 文件' },
        ]);
      const result = await importList(
        services,
        { ...writeContext(req), actor },
        req.params.listKind,
        req.query,
        req.body,
      );
      if (result.errors.length)
        return reply.status(422).send({
          code: 'IMPORT_REJECTED',
          message: `导入未执行：发现${result.errorsTruncated ? '超过' : ''}${result.errors.length}处问题，请按行修改后重新上传`,
          fields: result.errors.map((e) => ({ path: `${e.row}.${e.field}`, message: e.message })),
          ...result,
        });
      return reply.status(201).send(result);
    },
  );

  powerListStatisticsRoutes(app, services);

  const rateLimit = publicReadLimit(services.config);
  r.get(
    '/public/power-lists/:listKind',
    {
      schema: {
        tags,
        summary: '现行有效的清单事项（检索、筛选、分页）',
        params: s.listParams,
        querystring: s.publicItemsQuery,
        response: answers(c.publicPowerListPage),
      },
      config: { rateLimit },
    },
    async (req) => listPublicItems(services, req.params.listKind, req.query),
  );
}
