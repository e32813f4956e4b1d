// A small HTTP load client for bench/load.bench.ts (no dependency): `connections` keep-alive connections each send
// the next request as soon as the last answer ended, for `seconds` or `maxRequests`, whichever comes first, only to
// a server on this machine (loopback). Counts answers by status and keeps every latency for the percentiles.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';

export interface LoadResult {
  requests: number;
  ok: number;
  failed: Record<string, number>;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  max: number;
  bytes: number;
}

export const percentile = (xs: readonly number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
};

export interface Target {
  port: number;
  /** a path, or a function giving the next path (to vary ids) */
  path: string | (() => string);
  cookie?: string;
  /** a request taking longer counts as failed ('timeout') */
  timeoutMs?: number;
}

/** One GET; resolves with its status, latency and body size (the body is read and dropped). */
export function getOnce(agent: http.Agent, t: Target): Promise<{ status: number; ms: number; bytes: number }> {
  const path = typeof t.path === 'string' ? t.path : t.path();
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.get(
      { host: '127.0.0.1', port: t.port, path, agent, headers: t.cookie ? { cookie: t.cookie } : {} },
      (res) => {
        let bytes = 0;
        res.on('data', (c: Buffer) => (bytes += c.length));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - start, bytes }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.setTimeout(t.timeoutMs ?? 60_000, () => req.destroy(new Error(`timeout ${path}`)));
  });
}

export async function load(
  t: Target,
  opts: { connections: number; seconds: number; maxRequests: number },
): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.connections });
  const latencies: number[] = [];
  const failed: Record<string, number> = {};
  let bytes = 0;
  let sent = 0;
  const start = performance.now();
  const deadline = start + opts.seconds * 1000;
  const worker = async () => {
    while (sent < opts.maxRequests && performance.now() < deadline) {
      sent++;
      const started = performance.now();
      const r = await getOnce(agent, t).catch((e: Error) => ({
        status: e.message.startsWith('timeout') ? 'timeout' : 'error',
        ms: performance.now() - started,
        bytes: 0,
      }));
      latencies.push(r.ms);
      bytes += r.bytes;
      if (typeof r.status !== 'number' || r.status >= 300) failed[r.status] = (failed[r.status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: opts.connections }, worker));
  const seconds = (performance.now() - start) / 1000;
  agent.destroy();
  const ok = latencies.length - Object.values(failed).reduce((a, b) => a + b, 0);
  return {
    requests: latencies.length,
    ok,
    failed,
    seconds,
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    max: Math.max(0, ...latencies),
    bytes,
  };
}

/** A port free on the loopback interface. */
export const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

/** Resident memory of a process in MiB (Linux). */
export const rssOf = (pid: number | undefined) => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
};
