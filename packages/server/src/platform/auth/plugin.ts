// Resolves the session cookie into req.actor for every request, and enforces CSRF on cookie-authenticated writes:
// an unsafe method must carry the session's token in X-CSRF-Token (the synchroniser-token pattern; SameSite=Strict
// on the cookie is the second line).
import type { FastifyInstance } from 'fastify';
import { actorCache } from '../access/actor';
import { AppError } from '../errors';
import type { Services } from '../services';
import { lookupSession, SESSION_COOKIE } from './sessions';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export function registerSessionHook(app: FastifyInstance, services: Services) {
  const actors = actorCache();
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionExpired', false);
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    const found = await lookupSession(services, req.cookies[SESSION_COOKIE]);
    if (found.state === 'expired') {
      req.sessionExpired = true;
      return;
    }
    if (found.state !== 'active') return;
    if (!SAFE.has(req.method) && req.headers['x-csrf-token'] !== found.csrfToken) {
      throw new AppError(403, 'CSRF_REJECTED', '请求缺少有效的防跨站令牌，请刷新页面后重试');
    }
    req.actor = await actors.actorOf(services.db, found);
  });
}
