// Thin routes of the enforcement lists: validate → one use case (which loads the body in scope and authorizes) →
// the answer. The portal's read needs no sign-in and is rate-limited like the other public reads.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as c from '@fazhi/core/contracts';
import { authorize, policyContext } from '../../platform/access/policy';
import { badRequest } from '../../platform/errors';
import { answers, createdAnswers, fileAnswers } from '../../platform/http/contract';
import { publicReadLimit } from '../../platform/http/rate-limit';
import { requireActor, writeContext } from '../../platform/http/request-context';
import { sendPaper } from '../../platform/papers/render';
import type { Services } from '../../platform/services';
import * as s from './schemas';
import { publishList, listRowOf } from './commands/publish-list';
import { importList } from './commands/import-list';
import { importTemplate } from './commands/import-template';
import { getList, listVersions } from './queries/lists';
import { publicEnforcementLists } from './queries/public-lists';
import { enforcementRequirement } from './queries/requirement';
import { listTemplatePolicy } from './policy';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function enforcementListRoutes(app: FastifyInstance, services: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['执法事前公示清单'];
  const base = '/enforcement-lists';

  r.get(
    base,
    {
      schema: {
        tags,
        summary: '执法事前公示清单（各版本）',
        querystring: s.listsQuery,
        response: answers(c.enforcementListVersions),
      },
    },
    async (req) => listVersions(services, requireActor(req), req.query),
  );
  r.post(
    base,
    {
      schema: {
        tags,
        summary: '公布执法事前公示清单（新版本）',
        body: s.publishListBody,
        response: createdAnswers(c.createdEnforcementList),
      },
    },
    async (req, reply) => {
      const { rows, ...target } = req.body;
      const created = await publishList(services, writeContext(req, requireActor(req)), {
        ...target,
        rows: rows.map(listRowOf),
      });
      return reply.status(201).send(created);
    },
  );
  r.get(
    `${base}/import-template.xlsx`,
    { schema: { tags, summary: '下载清单导入模板', response: fileAnswers(XLSX, '清单导入模板（Excel）') } },
    async (req, reply) => {
      authorize(policyContext(services.registry.grants, requireActor(req)), listTemplatePolicy, 'download', null);
      return sendPaper(reply, {
        body: await importTemplate(),
        contentType: XLSX,
        fileName: '执法事前公示清单导入模板.xlsx',
      });
    },
  );
  r.post(
    `${base}/import`,
    {
      schema: {
        tags,
        summary: '从 Excel 导入清单（逐行校验，全部成功或全部不导入）',
        querystring: s.importListQuery,
        response: createdAnswers(c.createdEnforcementList),
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      if (!Buffer.isBuffer(req.body) || req.body.length === 0)
        throw badRequest(`请以 Excel 文件作为请求内容上传（当前内容类型：${req.headers['content-type'] ?? '无'}）`, [
          { path: 'file', message: '请上传 .xlsx 文件' },
        ]);
      return reply.status(201).send(await importList(services, writeContext(req, actor), req.query, req.body));
    },
  );
  r.get(
    `${base}/requirement`,
    {
      schema: {
        tags,
        summary: '查询执法行为是否需要音像记录、法制审核（按当日生效的清单）',
        querystring: s.requirementQuery,
        response: answers(c.enforcementRequirement),
      },
    },
    async (req) => enforcementRequirement(services, requireActor(req), req.query),
  );
  r.get(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: '执法事前公示清单（一个版本）',
        params: s.idParams,
        response: answers(c.enforcementListDetail),
      },
    },
    async (req) => getList(services, requireActor(req), req.params.id),
  );

  r.get(
    '/public/enforcement-lists',
    {
      schema: {
        tags: ['行政执法事前公示（无需登录）'],
        summary: '执法主体现行的随机抽查事项清单、音像记录事项清单和重大执法决定法制审核目录清单',
        querystring: s.publicListsQuery,
        response: answers(c.publicEnforcementLists),
      },
      config: { rateLimit: publicReadLimit(services.config) },
    },
    async (req) => publicEnforcementLists(services, req.query),
  );
}
