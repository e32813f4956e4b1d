// Request limits shared by every server process: the counters live in PostgreSQL (rate_limit_hits), so running
// more servers behind a load balancer does not multiply what one client may try. The estimate is a sliding window
// over two fixed windows (the current count plus the previous window's count weighted by how much of it still
// overlaps), computed from the database clock so that servers with drifting clocks agree.
import { sql } from 'kysely';
import type { FastifyRequest } from 'fastify';
import type { Config } from '../config';
import type { Db } from '../db/connection';
import { AppError } from '../errors';

export interface RateLimitResult {
  allowed: boolean;
  /** estimated requests in the last window, this one included */
  count: number;
  /** seconds until the estimate falls enough to allow another request (0 when allowed) */
  retryAfterSeconds: number;
}

/** Counts one request against `key` and says whether it stays within `max` per `windowSeconds`. */
export async function consumeRateLimit(db: Db, key: string, max: number, windowSeconds: number) {
  const w = Math.max(1, Math.round(windowSeconds));
  const { rows } = await sql<{ hits: number; prev_hits: number; elapsed: number }>`
    WITH w AS (
      SELECT to_timestamp(floor(extract(epoch FROM clock_timestamp()) / ${w}::int) * ${w}::int) AS ws,
             extract(epoch FROM clock_timestamp()) AS now_s
    ), up AS (
      INSERT INTO rate_limit_hits (key, window_start, hits, expires_at)
      SELECT ${key}, ws, 1, ws + make_interval(secs => 2 * ${w}::int) FROM w
      ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit_hits.hits + 1
      RETURNING hits
    )
    SELECT up.hits::int AS hits,
           coalesce((SELECT p.hits FROM rate_limit_hits p, w
                     WHERE p.key = ${key} AND p.window_start = w.ws - make_interval(secs => ${w}::int)), 0)::int AS prev_hits,
           (SELECT (now_s - extract(epoch FROM ws))::float8 FROM w) AS elapsed
    FROM up`.execute(db);
  const r = rows[0] ?? { hits: 1, prev_hits: 0, elapsed: 0 };
  const overlap = Math.max(0, 1 - Number(r.elapsed) / w);
  const count = r.hits + r.prev_hits * overlap;
  // Now and then, drop counters whose windows can no longer count (any server may do it; it is idempotent).
  if (Math.random() < 0.02) await db.deleteFrom('rate_limit_hits').where('expires_at', '<', new Date()).execute();
  const allowed = count <= max;
  return {
    allowed,
    count,
    retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil(w - Number(r.elapsed))),
  } satisfies RateLimitResult;
}

/** An onRequest hook refusing with 429 (code RATE_LIMITED, Retry-After) once `key(req)` exceeds the limit. */
export function rateLimitHook(
  db: Db,
  opts: { name: string; max: () => number; windowSeconds: number; key: (req: FastifyRequest) => string },
) {
  return async (req: FastifyRequest, reply: { header(name: string, value: string): unknown }) => {
    const r = await consumeRateLimit(db, `${opts.name}:${opts.key(req)}`, opts.max(), opts.windowSeconds);
    if (!r.allowed) {
      reply.header('retry-after', String(r.retryAfterSeconds));
      throw new AppError(429, 'RATE_LIMITED', `请求过于频繁，请 ${r.retryAfterSeconds} 秒后再试`);
    }
  };
}

/**
 * The @fastify/rate-limit options of the portal's public reads: FAZHI_PUBLIC_READ_RATE_LIMIT per client address per
 * minute (default 1200). A whole office or school reaches the portal from one address behind its NAT, so the limit
 * is set for a crowd, not a person; it only stops a single machine from scraping the catalogue flat out. Counted in
 * each server process (a read costs less than a shared counter would).
 */
export const publicReadLimit = (config: Pick<Config, 'publicReadRateLimitPerMinute'>) => ({
  max: config.publicReadRateLimitPerMinute,
  timeWindow: '1 minute',
});
