// Thin routes: validate → authorize (inside the use case, through the policy) → one use case → present.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor, writeContext } from '../../platform/http/request-context';
import { badRequest, found, notFound } from '../../platform/errors';
import type { Services } from '../../platform/services';
import * as s from './schemas';
import { createRegion } from './commands/create-region';
import { createOrg } from './commands/create-org';
import { updateOrg } from './commands/update-org';
import { createUser } from './commands/create-user';
import { updateUser } from './commands/update-user';
import { resetUserPassword } from './commands/reset-user-password';
import { setUserStatus } from './commands/set-user-status';
import { assignRole } from './commands/assign-role';
import { revokeRole } from './commands/revoke-role';
import { assertMayImport, importDirectory, importTemplate } from './commands/import-directory';
import { listRegions } from './queries/list-regions';
import { listOrgs } from './queries/list-orgs';
import { getOrg } from './queries/get-org';
import { listUsers } from './queries/list-users';
import { getUser } from './queries/get-user';
import { answers, createdAnswers, fileAnswers } from '../../platform/http/contract';
import * as c from '@fazhi/core/contracts';
import { XLSX_TYPE } from '../../platform/http/attachment';

export async function organisationRoutes(app: FastifyInstance, services: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['组织机构与用户'];

  r.get('/regions', { schema: { tags, summary: '可见的行政区划', response: answers(c.regionList) } }, async (req) => ({
    items: await listRegions(services, requireActor(req)),
  }));
  r.post(
    '/regions',
    { schema: { tags, summary: '新增行政区划', body: s.createRegionBody, response: createdAnswers(c.createdRegion) } },
    async (req, reply) => {
      requireActor(req);
      return reply.status(201).send(await createRegion(services, writeContext(req), req.body));
    },
  );

  r.get(
    '/orgs',
    { schema: { tags, summary: '可见的单位（树形平铺）', querystring: s.listOrgsQuery, response: answers(c.orgList) } },
    async (req) => ({
      items: await listOrgs(services, requireActor(req), req.query.regionCode),
    }),
  );
  r.get(
    '/orgs/:id',
    { schema: { tags, summary: '单位详情', params: s.idParams, response: answers(c.orgDetail) } },
    async (req) => {
      const org = await getOrg(services, requireActor(req), req.params.id);
      if (!org) throw notFound('单位');
      return org;
    },
  );
  r.post(
    '/orgs',
    { schema: { tags, summary: '新增单位', body: s.createOrgBody, response: createdAnswers(c.orgDetail) } },
    async (req, reply) => {
      requireActor(req);
      const { id } = await createOrg(services, writeContext(req), req.body);
      return reply.status(201).send(await found(getOrg(services, req.actor, id), '单位'));
    },
  );
  r.patch(
    '/orgs/:id',
    {
      schema: { tags, summary: '修改单位', params: s.idParams, body: s.updateOrgBody, response: answers(c.orgDetail) },
    },
    async (req) => {
      requireActor(req);
      await updateOrg(services, writeContext(req), req.params.id, req.body);
      return found(getOrg(services, req.actor, req.params.id), '单位');
    },
  );
  r.get(
    '/directory/import-template',
    { schema: { tags, summary: '下载单位和用户导入模板', response: fileAnswers(XLSX_TYPE, '导入模板（Excel）') } },
    async (req, reply) => {
      assertMayImport(services, requireActor(req));
      return reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent('单位和用户导入模板.xlsx')}`)
        .send(await importTemplate());
    },
  );
  r.post(
    '/directory/import',
    {
      schema: {
        tags,
        summary: '从 Excel 导入单位和用户（整表校验，全部成功或全部不导入）',
        response: createdAnswers(c.directoryImport),
      },
    },
    async (req, reply) => {
      assertMayImport(services, requireActor(req));
      const buf = await readUpload(req.body, req.headers['content-type']);
      return reply.status(201).send(await importDirectory(services, writeContext(req), buf));
    },
  );

  r.get(
    '/users',
    { schema: { tags, summary: '可见的用户', querystring: s.listUsersQuery, response: answers(c.pageOf(c.userRow)) } },
    async (req) => listUsers(services, requireActor(req), req.query),
  );
  r.get(
    '/users/:id',
    { schema: { tags, summary: '用户详情', params: s.idParams, response: answers(c.userDetail) } },
    async (req) => {
      const user = await getUser(services, requireActor(req), req.params.id);
      if (!user) throw notFound('用户');
      return user;
    },
  );
  r.post(
    '/users',
    {
      schema: {
        tags,
        summary: '新增用户（生成一次性初始密码）',
        body: s.createUserBody,
        response: createdAnswers(c.createdUser),
      },
    },
    async (req, reply) => {
      requireActor(req);
      const { id, initialPassword } = await createUser(services, writeContext(req), req.body);
      return reply.status(201).send({ user: await found(getUser(services, req.actor, id), '用户'), initialPassword });
    },
  );
  r.patch(
    '/users/:id',
    {
      schema: {
        tags,
        summary: '修改用户',
        params: s.idParams,
        body: s.updateUserBody,
        response: answers(c.userDetail),
      },
    },
    async (req) => {
      requireActor(req);
      await updateUser(services, writeContext(req), req.params.id, req.body);
      return found(getUser(services, req.actor, req.params.id), '用户');
    },
  );
  r.post(
    '/users/:id/reset-password',
    { schema: { tags, summary: '重置密码', params: s.idParams, response: answers(c.passwordReset) } },
    async (req) => {
      requireActor(req);
      return resetUserPassword(services, writeContext(req), req.params.id);
    },
  );
  for (const act of ['unlock', 'disable', 'enable'] as const) {
    r.post(
      `/users/:id/${act}`,
      {
        schema: {
          tags,
          summary: { unlock: '解锁', disable: '停用', enable: '启用' }[act],
          params: s.idParams,
          response: answers(c.userDetail),
        },
      },
      async (req) => {
        requireActor(req);
        await setUserStatus(services, writeContext(req), req.params.id, act);
        return found(getUser(services, req.actor, req.params.id), '用户');
      },
    );
  }
  r.post(
    '/users/:id/roles',
    {
      schema: {
        tags,
        summary: '分配角色',
        params: s.idParams,
        body: s.assignmentBody,
        response: createdAnswers(c.userDetail),
      },
    },
    async (req, reply) => {
      requireActor(req);
      await assignRole(services, writeContext(req), req.params.id, req.body);
      return reply.status(201).send(await found(getUser(services, req.actor, req.params.id), '用户'));
    },
  );
  r.delete(
    '/users/:id/roles/:assignmentId',
    {
      schema: {
        tags,
        summary: '撤销角色',
        params: z.object({ id: s.uuid, assignmentId: s.uuid }),
        response: answers(c.userDetail),
      },
    },
    async (req) => {
      requireActor(req);
      await revokeRole(services, writeContext(req), req.params.id, req.params.assignmentId);
      return found(getUser(services, req.actor, req.params.id), '用户');
    },
  );
}

/** The import accepts the workbook as the raw request body (application/vnd.openxmlformats… or octet-stream). */
async function readUpload(body: unknown, contentType: string | undefined): Promise<Buffer> {
  if (Buffer.isBuffer(body) && body.length > 0) return body;
  throw badRequest(`请以 Excel 文件作为请求内容上传（当前内容类型：${contentType ?? '无'}）`, [
    { path: 'file', message: '请上传 .xlsx 文件' },
  ]);
}
