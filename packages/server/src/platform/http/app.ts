// The Fastify application: security headers, cookies, the session hook, zod validation, OpenAPI at /api/docs,
// one error contract, the modules' routes under /api, and the built web console and portal.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../services';
import { registerSessionHook } from '../auth/plugin';
import { authRoutes } from '../auth/routes';
import { errorHandler } from './errors';
import { healthRoutes, type HealthProbe } from './health';
import { notificationRoutes } from '../notifications/routes';
import { portalRoutes } from '../portal/routes';
import { participationRoutes } from '../participation/routes';
import { isFileAnswer } from './contract';
import { registerSecurityHeaders } from './security-headers';

z.config(z.locales.zhCN());

/** A route of the API and the module that registered it ('platform' for sign-in, health and notifications). */
export interface RegisteredRoute {
  method: string;
  url: string;
  module: string;
}

const catalogues = new WeakMap<FastifyInstance, RegisteredRoute[]>();

/** Every /api route of a built app (without the HEAD twins of GET routes): the scope-matrix and bad-input tests
 * enumerate it so that a new endpoint cannot be left out of them. */
export function registeredRoutes(app: FastifyInstance): readonly RegisteredRoute[] {
  return catalogues.get(app) ?? [];
}

/** zod schemas become JSON schemas; a file answer (`fileAnswers`) is already OpenAPI and passes as written. */
const openApiTransform: typeof jsonSchemaTransform = (input) => {
  const response = (input.schema?.response ?? {}) as Record<string, unknown>;
  const files = Object.entries(response).filter(([, entry]) => isFileAnswer(entry));
  if (!files.length) return jsonSchemaTransform(input);
  const schemas = Object.fromEntries(Object.entries(response).filter(([, entry]) => !isFileAnswer(entry)));
  const out = jsonSchemaTransform({ ...input, schema: { ...input.schema, response: schemas } });
  return {
    ...out,
    schema: { ...out.schema, response: { ...(out.schema.response as object), ...Object.fromEntries(files) } },
  };
};

export const webDistDir = new URL('../../../../web/dist', import.meta.url).pathname;
const assetsDir = join(webDistDir, 'assets') + '/';

export async function buildApp(services: Services, probe: HealthProbe = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: process.env.FAZHI_LOG === '1' ? { level: 'info' } : false,
    trustProxy: process.env.FAZHI_TRUST_PROXY === '1',
    bodyLimit: 2 * 1024 * 1024,
    // Errors the router raises before any route runs (a malformed or overlong URL) get the same contract.
    frameworkErrors: (err, _req, res) => {
      const reply = (res as unknown as FastifyReply).header('cache-control', 'no-store');
      if (err.code === 'FST_ERR_MAX_PARAM_LENGTH')
        return reply.status(414).send({ code: 'URL_TOO_LONG', message: '请求地址中的参数过长' });
      return reply.status(400).send({ code: 'BAD_URL', message: '请求地址格式不正确' });
    },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler(services.registry.fieldLabels));
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/')) return reply.status(404).send({ code: 'NOT_FOUND', message: '请求的接口不存在' });
    return reply.status(404).type('text/html; charset=utf-8').send(notBuiltPage('页面不存在'));
  });

  registerSecurityHeaders(app, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
      },
    },
    strictTransportSecurity: services.config.cookieSecure,
  });
  await app.register(cookie);
  // API answers hold personal data and the session's CSRF token: no browser or proxy may keep them. Set before any
  // handler runs, so errors, 404s and file downloads carry it too.
  app.addHook('onRequest', async (req, reply) => {
    if (req.url === '/api' || req.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });
  // Excel uploads arrive as the raw request body.
  app.addContentTypeParser(
    ['application/octet-stream', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    { parseAs: 'buffer', bodyLimit: 10 * 1024 * 1024 },
    (_req, body, done) => done(null, body),
  );
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: { info: { title: '法治政府建设一体化平台 API', version: '0.1.0' }, servers: [] },
    transform: openApiTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  registerSessionHook(app, services);

  const catalogue: RegisteredRoute[] = [];
  catalogues.set(app, catalogue);
  let registering = 'platform';
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods)
      if (method !== 'HEAD' && route.url.startsWith('/api/'))
        catalogue.push({ method, url: route.url, module: registering });
  });

  await app.register(
    async (api) => {
      healthRoutes(api, services, probe);
      authRoutes(api, services);
      notificationRoutes(api, services);
      portalRoutes(api, services);
      registering = 'participation';
      participationRoutes(api, services);
      registering = 'platform';
      for (const m of services.registry.modules) {
        registering = m.id;
        await m.routes?.(api, services);
      }
      registering = 'platform';
    },
    { prefix: '/api' },
  );

  if (existsSync(join(webDistDir, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: webDistDir,
      wildcard: false,
      // the build writes each script and style compressed beside itself (packages/web/vite.config.ts): sent to a
      // browser that accepts br or gzip, with `Vary: Accept-Encoding`
      preCompressed: true,
      // The build names every script, style and font under assets/ by a hash of its content, so a browser may keep
      // them for good and load the next page without asking again (and reuse the code it compiled from them); the
      // page itself is asked for again each time, so a new build's names reach it at once.
      setHeaders: (reply: FastifyReply, path: string) => {
        reply.header('cache-control', path.startsWith(assetsDir) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    // Client-side routes of the console and portal fall back to the single page.
    app.get('/console', (_req, reply) => reply.sendFile('index.html'));
    app.get('/console/*', (_req, reply) => reply.sendFile('index.html'));
    app.get('/*', (req, reply) =>
      req.url.startsWith('/api/')
        ? reply.status(404).send({ code: 'NOT_FOUND', message: '请求的接口不存在' })
        : reply.sendFile('index.html'),
    );
  } else {
    app.get('/', (_req, reply) => reply.type('text/html; charset=utf-8').send(notBuiltPage('控制台尚未构建')));
    app.get('/console', (_req, reply) => reply.type('text/html; charset=utf-8').send(notBuiltPage('控制台尚未构建')));
  }
  return app;
}

function notBuiltPage(title: string) {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title} - 法治政府建设一体化平台</title></head>
<body style="font-family:sans-serif;max-width:40em;margin:4em auto"><h1>${title}</h1>
<p>接口服务正常运行。接口文档见 <a href="/api/docs">/api/docs</a>，运行状态见 <a href="/api/health">/api/health</a>。</p>
<p>前端控制台由 <code>npm run build -w @fazhi/web</code> 构建后在 /console 提供。</p></body></html>`;
}
