// Reads at a real region's volume (issue 12): the platform server under the route mix a region sees — signed-in
// lists with and without words, the public catalogue with and without words, the workbench, statistics, the
// catalogue export and health — at 1 and 20 connections, beside a bare Fastify route doing one indexed SELECT on the
// same database (bench/load-bare-server.ts), each printed as a share of the bare route's throughput and as its p95
// over the bare route's p95, all measured in the same run. The server's resident memory is read idle, during the
// export and 30 s after it.
//
// The database: the 100,000 generated documents of bench/normative-search-corpus.ts, each through its real states
// (bench/normative-corpus-load.ts), in an embedded cluster kept in BENCH_DATA_DIR (default: the system temporary
// folder's fazhi-load-bench) and reused by the next run; BENCH_FRESH=1 builds it again. Only loopback traffic.
// Run: npm run bench -- load   (BENCH_DOCUMENTS, BENCH_SECONDS per measurement, BENCH_ROUTES=word,word to pick)
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../packages/server/src/platform/config';
import { ensureAdmin, openPlatform } from '../packages/server/src/platform/bootstrap';
import { modules } from '../packages/server/src/modules';
import { hasDemoRegion, seedDemo } from '../packages/server/src/modules/organisations/seed-demo';
import { foldAllNormativeStatistics } from '../packages/server/src/modules/normative-documents/statistics/queries/statistic-facts';
import { freePort, getOnce, load, rssOf, type LoadResult } from './load-client';
import { loadNormativeCorpus } from './normative-corpus-load';
import { processCpuSeconds } from '../scripts/stage-timing.mjs';

const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const PASSWORD = 'Bench#Pass2026';
const root = new URL('..', import.meta.url).pathname;
const dataDir = process.env.BENCH_DATA_DIR ?? join(tmpdir(), 'fazhi-load-bench');
if (process.env.BENCH_FRESH === '1') rmSync(dataDir, { recursive: true, force: true });

const config = {
  ...loadConfig({ FAZHI_DATA_DIR: dataDir }),
  demoPassword: PASSWORD,
  adminPassword: PASSWORD,
};
const platform = await openPlatform(config, modules);
const services = platform.services;
const children: ChildProcess[] = [];

function startChild(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  child.stdout?.resume();
  return child;
}

async function waitFor(port: number, path: string) {
  for (let i = 0; i < 600; i++) {
    try {
      const r = await getOnce(new http.Agent(), { port, path });
      if (r.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`nothing answers on ${port}${path}`);
}

async function signIn(port: number, username: string) {
  return new Promise<string>((resolve, reject) => {
    const body = JSON.stringify({ username, password: PASSWORD });
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/auth/login',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        const cookie = (res.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
        if (res.statusCode !== 200 || !cookie) reject(new Error(`sign-in of ${username}: ${res.statusCode}`));
        else resolve(cookie);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

try {
  const t0 = performance.now();
  if (!(await hasDemoRegion(services))) await seedDemo(services);
  await ensureAdmin(services);
  const { n } = await services.db
    .selectFrom('normative_documents')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(n) < DOCUMENTS) {
    console.log(`building the ${DOCUMENTS}-document database in ${dataDir} (kept for the next run)`);
    await loadNormativeCorpus(services, {
      documents: DOCUMENTS,
      history: true,
      log: (line) => console.log(line),
    });
    // the loaded documents' statistics, folded here rather than by the server's bootstrap while the bench waits
    await foldAllNormativeStatistics(services.db);
  }
  const sizes = await services.db
    .selectFrom('normative_documents')
    .select((eb) => [
      eb.fn.countAll<string>().as('docs'),
      eb.selectFrom('normative_status_history').select(eb.fn.countAll<string>().as('h')).as('history'),
    ])
    .executeTakeFirstOrThrow();
  console.log(
    `database: ${sizes.docs} documents, ${sizes.history} status history rows; ready in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
  );

  const [appPort, barePort] = [await freePort(), await freePort()];
  const dbEnv = { DATABASE_URL: platform.handle.url, FAZHI_DATA_DIR: dataDir };
  const server = startChild(['packages/server/bin/fazhi.mjs', 'start'], {
    ...dbEnv,
    PORT: String(appPort),
    HOST: '127.0.0.1',
    FAZHI_JOBS: '0',
    FAZHI_DEMO_PASSWORD: PASSWORD,
    FAZHI_PUBLIC_READ_RATE_LIMIT: '1000000',
  });
  startChild(['bench/load-bare-server.ts'], { ...dbEnv, PORT: String(barePort) });
  await Promise.all([waitFor(appPort, '/api/health'), waitFor(barePort, '/bare')]);
  const legal = await signIn(appPort, 'demo.legal');
  const reviewer = await signIn(appPort, 'demo.reviewer');
  await new Promise((r) => setTimeout(r, 5000));
  const idleRss = rssOf(server.pid);

  const list = '/api/normative-documents?page=1&pageSize=20';
  const catalogue = '/api/public/normative-documents?page=1&pageSize=20';
  const year = services.clock.today().slice(0, 4);
  type Route = {
    key: string;
    label: string;
    port: number;
    path: string;
    cookie?: string;
    timeoutMs?: number;
  };
  const routes: Route[] = [
    { key: 'bare', label: 'bare Fastify, one document by primary key', port: barePort, path: '/bare' },
    { key: 'health', label: '/api/health', port: appPort, path: '/api/health' },
    { key: 'workbench', label: 'workbench (legal officer)', port: appPort, path: '/api/workbench', cookie: legal },
    { key: 'list-legal', label: "console list, a unit's legal officer", port: appPort, path: list, cookie: legal },
    { key: 'list-reviewer', label: 'console list, region-wide reviewer', port: appPort, path: list, cookie: reviewer },
    {
      key: 'list-q',
      label: 'console list, q=管理 (reviewer)',
      port: appPort,
      path: `${list}&q=%E7%AE%A1%E7%90%86`,
      cookie: reviewer,
    },
    { key: 'catalogue', label: 'public catalogue, no word', port: appPort, path: catalogue },
    { key: 'catalogue-q', label: 'public catalogue, q=管理', port: appPort, path: `${catalogue}&q=%E7%AE%A1%E7%90%86` },
    {
      key: 'statistics',
      label: `statistics, region, 2020-01-01–${year}-12-31`,
      port: appPort,
      path: `/api/normative-statistics?from=2020-01-01&to=${year}-12-31`,
      cookie: reviewer,
      // the first request folds whatever the region's writes marked (all 100,000 documents after the migration)
      timeoutMs: 300_000,
    },
  ];
  const picked = process.env.BENCH_ROUTES?.split(',');
  const measured = routes.filter((r) => r.key === 'bare' || !picked || picked.some((p) => r.key.includes(p)));
  const results = new Map<string, { one: LoadResult; twenty: LoadResult | null }>();
  for (const r of measured) {
    await load(r, { connections: 1, seconds: 2, maxRequests: 50 }); // warm-up
    const one = await load(r, { connections: 1, seconds: SECONDS, maxRequests: 2000 });
    const twenty = await load(r, { connections: 20, seconds: SECONDS, maxRequests: 100_000 });
    results.set(r.key, { one, twenty });
    const share = twenty && results.get('bare')?.twenty?.perSecond;
    process.stdout.write(
      `  ${r.key}: 1 conn p50 ${one.p50.toFixed(1)} ms p95 ${one.p95.toFixed(1)} ms` +
        (twenty
          ? `; 20 conn ${twenty.perSecond.toFixed(0)} req/s (${share ? ((100 * twenty.perSecond) / share).toFixed(1) : '?'}% of bare) p95 ${twenty.p95.toFixed(1)} ms`
          : '') +
        ` ${JSON.stringify({ ...one.failed, ...twenty?.failed })}\n`,
    );
  }

  // the region-wide export, one at a time, with the server's memory sampled while it runs
  let exportLine = '';
  if (!picked || picked.some((p) => 'export'.includes(p))) {
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, rssOf(server.pid))), 100);
    // the server's own CPU for the export (PostgreSQL's not counted): on a loaded machine the wall time says little
    const cpuBefore = processCpuSeconds(server.pid ?? 0) ?? NaN;
    const ex = await load(
      { port: appPort, path: '/api/normative-documents/export.xlsx', cookie: reviewer, timeoutMs: 300_000 },
      { connections: 1, seconds: 1, maxRequests: 1 },
    );
    clearInterval(sampler);
    const cpu = (processCpuSeconds(server.pid ?? 0) ?? NaN) - cpuBefore;
    await new Promise((r) => setTimeout(r, 30_000));
    exportLine =
      `export.xlsx, region-wide reviewer: status ${ex.ok ? 200 : JSON.stringify(ex.failed)}, ${(ex.max / 1000).toFixed(1)} s (server CPU ${cpu.toFixed(1)} s), ` +
      `${(ex.bytes / 1024 / 1024).toFixed(1)} MB; server memory peak ${peak.toFixed(0)} MB, 30 s later ${rssOf(server.pid).toFixed(0)} MB`;
  }

  const bare = results.get('bare');
  if (!bare?.twenty) throw new Error('no baseline');
  const header = [
    'route',
    '1 conn p50 ms',
    '1 conn p95 ms',
    '20 conn req/s',
    '20 conn p95 ms',
    'share of bare req/s',
    'p95 / bare p95 (20)',
    'non-2xx',
  ];
  const rows = [header];
  for (const r of measured) {
    const { one, twenty } = results.get(r.key) ?? { one: null, twenty: null };
    if (!one) continue;
    rows.push([
      r.label,
      one.p50.toFixed(1),
      one.p95.toFixed(1),
      twenty ? twenty.perSecond.toFixed(0) : '—',
      twenty ? twenty.p95.toFixed(1) : '—',
      twenty ? `${((100 * twenty.perSecond) / bare.twenty.perSecond).toFixed(1)}%` : '—',
      twenty ? `${(twenty.p95 / bare.twenty.p95).toFixed(1)}×` : '—',
      JSON.stringify({ ...one.failed, ...twenty?.failed }),
    ]);
  }
  console.log(rows.map((r) => `| ${r.join(' | ')} |`).join('\n'));
  console.log(`server memory idle beside the database: ${idleRss.toFixed(0)} MB`);
  if (exportLine) console.log(exportLine);
} finally {
  for (const c of children) c.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 1000));
  await platform.close();
  if (!existsSync(dataDir)) console.log('the bench database is gone');
}
