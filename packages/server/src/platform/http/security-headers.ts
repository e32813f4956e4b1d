// The security headers every answer carries (helmet's: the content security policy, HSTS, X-Frame-Options…),
// computed once when the app is built. @fastify/helmet built helmet's middleware anew for every request — the
// policy's directives parsed and validated each time —, which was 1 to 2.5 % of a route-matrix file's CPU profile;
// our policy has no per-request part (no nonces, no directive computed from the request), so the headers are the
// same for every answer and are set from the list.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/** The headers helmet sets with `options`, in the order it sets them (throws what helmet refuses). */
export function securityHeaders(options: HelmetOptions): [string, string][] {
  const headers = new Map<string, string>();
  const res = {
    setHeader: (name: string, value: unknown) => headers.set(name, String(value)),
    removeHeader: (name: string) => headers.delete(name),
  };
  let failure: unknown;
  helmet(options)({} as IncomingMessage, res as unknown as ServerResponse, (err?: unknown) => {
    failure = err;
  });
  if (failure) throw failure;
  return [...headers];
}

/** Sets the headers on every answer, before any handler runs (errors, 404s and files carry them too). */
export function registerSecurityHeaders(app: FastifyInstance, options: HelmetOptions): void {
  const headers = securityHeaders(options);
  app.addHook('onRequest', (_req, reply, done) => {
    for (const [name, value] of headers) reply.raw.setHeader(name, value);
    done();
  });
}
