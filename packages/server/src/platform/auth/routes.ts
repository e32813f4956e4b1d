import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { roleLabels, scopeKindLabels, assignmentsFor } from '@fazhi/core/access';
import { participationMenuFor } from '../participation/pages';
import { AppError, unauthenticated, sessionExpired } from '../errors';
import type { Services } from '../services';
import { writeContext } from '../http/request-context';
import { changePassword, login } from './login';
import { createSession, endSession, SESSION_COOKIE } from './sessions';
import { inWriteTransaction } from '../write';
import { loadActor, type Actor } from '../access/actor';
import { rateLimitHook } from '../http/rate-limit';
import * as c from '@fazhi/core/contracts';
import { answers } from '../http/contract';

const loginBody = z.object({
  username: z.string().trim().min(1, '请输入用户名').max(100),
  password: z.string().min(1, '请输入密码').max(200),
});

export function authRoutes(app: FastifyInstance, services: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: services.config.cookieSecure,
  };

  const sessionView = async (req: { actor: Actor | null }, csrfToken: string | null): Promise<c.Session> => {
    const actor = req.actor;
    if (!actor) throw unauthenticated();
    const orgIds = [...new Set(actor.assignments.map((a) => a.orgId).filter(Boolean))];
    const orgs = orgIds.length
      ? await services.db.selectFrom('orgs').select(['id', 'name', 'region_code']).where('id', 'in', orgIds).execute()
      : [];
    const regionCodes = [...new Set(orgs.map((o) => o.region_code))];
    const regions = regionCodes.length
      ? await services.db
          .selectFrom('regions')
          .select(['code', 'name', 'is_demo'])
          .where('code', 'in', regionCodes)
          .execute()
      : [];
    const menu = [
      ...services.registry.modules.flatMap((m) =>
        (m.menu ?? []).filter(
          (item) => assignmentsFor(services.registry.grants, actor.assignments, item.action).length > 0,
        ),
      ),
      ...participationMenuFor(services, actor),
    ];
    return {
      // the server's today (北京时间, services.clock): the console's default dates and year lists, not the browser's
      today: services.clock.today(),
      user: {
        id: actor.userId,
        username: actor.username,
        displayName: actor.displayName,
        mustChangePassword: actor.mustChangePassword,
      },
      activeOrgId: actor.activeOrgId,
      assignments: actor.assignments.map((a) => ({
        role: a.role,
        roleLabel: roleLabels[a.role],
        scope: a.scope,
        scopeLabel: scopeKindLabels[a.scope],
        orgId: a.orgId || null,
        orgName: orgs.find((o) => o.id === a.orgId)?.name ?? '全平台',
        regionCode: a.regionCode || null,
        regionName: regions.find((g) => g.code === a.regionCode)?.name ?? null,
        isDemo: regions.find((g) => g.code === a.regionCode)?.is_demo ?? false,
      })),
      actions: [...services.registry.actionLabels.keys()].filter(
        (act) => assignmentsFor(services.registry.grants, actor.assignments, act).length > 0,
      ),
      menu,
      csrfToken,
    };
  };

  r.post(
    '/auth/login',
    {
      schema: { tags: ['认证'], summary: '登录', body: loginBody, response: answers(c.session) },
      // 等保2.0 三级: limit sign-in attempts per client address across every server process.
      onRequest: rateLimitHook(services.db, {
        name: 'login',
        max: () => services.config.loginRateLimitPerMinute,
        windowSeconds: 60,
        key: (req) => req.ip,
      }),
    },
    async (req, reply) => {
      const ua = req.headers['user-agent'] ?? null;
      const result = await login(services, {
        username: req.body.username,
        password: req.body.password,
        ip: req.ip,
        userAgent: ua,
      });
      const { token, csrfToken } = await createSession(services, result.userId, req.ip, ua);
      reply.setCookie(SESSION_COOKIE, token, cookieOptions);
      req.actor = await loadActor(services.db, result.userId, null, null);
      return sessionView(req, csrfToken);
    },
  );

  r.get(
    '/auth/session',
    { schema: { tags: ['认证'], summary: '当前登录状态', response: answers(c.session) } },
    async (req) => {
      if (!req.actor) throw req.sessionExpired ? sessionExpired() : unauthenticated();
      const row = await services.db
        .selectFrom('sessions')
        .select('csrf_token')
        .where('id', '=', req.actor.sessionId ?? '')
        .executeTakeFirst();
      return sessionView(req, row?.csrf_token ?? null);
    },
  );

  r.post(
    '/auth/logout',
    { schema: { tags: ['认证'], summary: '退出登录', response: answers(c.okBody) } },
    async (req, reply) => {
      if (req.actor?.sessionId) {
        const actor = req.actor;
        await endSession(services, actor.sessionId ?? '');
        await inWriteTransaction(services, writeContext(req), (w) =>
          w.audit({
            regionCode: actor.homeRegionCode,
            action: 'auth.logout',
            subjectType: 'user',
            subjectId: actor.userId,
            summary: `${actor.username} 退出登录`,
          }),
        );
      }
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  r.post(
    '/auth/change-password',
    {
      schema: {
        tags: ['认证'],
        summary: '修改密码',
        body: z.object({
          currentPassword: z.string().min(1, '请输入原密码').max(200),
          newPassword: z.string().min(1, '请输入新密码').max(200),
          confirmPassword: z.string().max(200).optional(),
        }),
        response: answers(c.okBody),
      },
    },
    async (req) => {
      if (!req.actor) throw req.sessionExpired ? sessionExpired() : unauthenticated();
      await changePassword(
        services,
        writeContext(req),
        req.actor.userId,
        req.body.currentPassword,
        req.body.newPassword,
        req.body.confirmPassword,
      );
      return { ok: true as const };
    },
  );

  r.post(
    '/auth/switch-org',
    {
      schema: {
        tags: ['认证'],
        summary: '切换当前单位',
        body: z.object({ orgId: z.uuid('单位标识格式不正确') }),
        response: answers(c.switchedOrg),
      },
    },
    async (req) => {
      if (!req.actor) throw req.sessionExpired ? sessionExpired() : unauthenticated();
      if (!req.actor.assignments.some((a) => a.orgId === req.body.orgId))
        throw new AppError(403, 'FORBIDDEN', '您在该单位没有任职角色');
      await services.db
        .updateTable('sessions')
        .set({ active_org_id: req.body.orgId })
        .where('id', '=', req.actor.sessionId ?? '')
        .execute();
      return { ok: true as const, activeOrgId: req.body.orgId };
    },
  );
}
