import type { FastifyRequest } from 'fastify';
import type { Actor } from '../access/actor';
import { AppError, sessionExpired, unauthenticated } from '../errors';
import type { WriteContext } from '../audit/write';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    sessionExpired: boolean;
  }
}

export function requireActor(req: FastifyRequest): Actor {
  if (!req.actor) throw req.sessionExpired ? sessionExpired() : unauthenticated();
  if (req.actor.mustChangePassword) {
    throw new AppError(403, 'PASSWORD_CHANGE_REQUIRED', '首次登录须先修改密码');
  }
  return req.actor;
}

export function writeContext(req: FastifyRequest, actor: Actor | null = req.actor): WriteContext {
  return { actor, ip: req.ip ?? null };
}
