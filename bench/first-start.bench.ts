// Idle memory of the server on its first start and on a restart (issue 12, item 7: under 150 MB beside the
// database). `fazhi start` on a fresh data directory (embedded PostgreSQL; the first start seeds the demo region,
// in a process of its own since cli/start.ts seeds through `fazhi seed-demo --json`), then again on the same data.
// Each time: a health check, the console page and a catalogue search (which loads jieba, as the first search of a
// day does), BENCH_IDLE_SECONDS idle (default 60), then the resident memory of the server process. Printed beside
// the limit as a ratio: the absolute figure depends on the machine's Node.js and its load, the comparison between
// the two starts does not.
// Run: npm run bench -- first-start
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getOnce } from './load-client';

const LIMIT_MB = 150;
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 60);
const root = new URL('..', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'fazhi-first-start-'));

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

/** Resident memory of a process in MiB (Linux). */
const rssOf = (pid: number | undefined) => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
};

async function startAndIdle(label: string) {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, FAZHI_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' };
  delete env.DATABASE_URL;
  const t0 = performance.now();
  const server: ChildProcess = spawn(process.execPath, ['packages/server/bin/fazhi.mjs', 'start'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  server.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = once(server, 'exit');
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => out.includes('平台已启动') && (clearInterval(timer), resolve()), 200);
      void exited.then(() => (clearInterval(timer), reject(new Error(`the server exited: ${out}`))));
    });
    const started = (performance.now() - t0) / 1000;
    const agent = new http.Agent({ keepAlive: true });
    for (const path of ['/api/health', '/console', '/api/public/normative-documents?q=%E7%AE%A1%E7%90%86'])
      await getOnce(agent, { port, path });
    agent.destroy();
    await new Promise((r) => setTimeout(r, IDLE_SECONDS * 1000));
    const rss = rssOf(server.pid);
    const seeded = out.includes('已载入示范区演示数据');
    console.log(
      `  ${label}: started in ${started.toFixed(0)} s${seeded ? ' (seeded the demo)' : ''}; idle RSS after ` +
        `${IDLE_SECONDS} s ${rss.toFixed(0)} MiB = ${((100 * rss) / LIMIT_MB).toFixed(0)}% of the ${LIMIT_MB} MB limit`,
    );
    return rss;
  } finally {
    server.kill('SIGTERM');
    await exited;
  }
}

try {
  const first = await startAndIdle('first start on a fresh data directory');
  const again = await startAndIdle('restart on the same data');
  console.log(
    `first start / restart: ${(first / again).toFixed(2)}×; limit ${first < LIMIT_MB && again < LIMIT_MB ? 'met' : 'NOT met'}`,
  );
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
