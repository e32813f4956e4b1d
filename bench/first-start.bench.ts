// Idle memory of the server on its first start and on a restart (issue 12, item 7: under 150 MB beside the
// database). `fazhi start` on a fresh data directory (embedded PostgreSQL; the first start seeds the demo region,
// in a process of its own since cli/start.ts seeds through `fazhi seed-demo --json`), then again on the same data.
// Each time: a health check, the console page and a catalogue search (which loads jieba, as the first search of a
// day does, and which the server lets go after half that idle time here), BENCH_IDLE_SECONDS idle (default 60), then the resident memory of the server process, before and
// after a full garbage collection (with the heap's share: what the process holds, not what it has yet to free). Printed beside
// the limit as a ratio: the absolute figure depends on the machine's Node.js and its load, the comparison between
// the two starts does not.
// Run: npm run bench -- first-start
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, getOnce, rssOf } from './load-client';

const LIMIT_MB = 150;
// loaded first in the server (`--import`): on SIGUSR2 a full garbage collection, then the process's memory printed
const probe = `data:text/javascript,${encodeURIComponent(`process.on('SIGUSR2', () => {
  globalThis.gc?.(); console.log('memory ' + JSON.stringify(process.memoryUsage())); });`)}`;
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 60);
const root = new URL('..', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'fazhi-first-start-'));

async function startAndIdle(label: string) {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    FAZHI_DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    // an idle server lets jieba go after FAZHI_SEGMENTER_IDLE_SECONDS (60 by default, platform/segmenter.ts): within
    // the bench's idle time here, so that the figure after the search is that of a server idle longer than that
    FAZHI_SEGMENTER_IDLE_SECONDS: String(Math.max(1, Math.floor(IDLE_SECONDS / 2))),
  };
  delete env.DATABASE_URL;
  const t0 = performance.now();
  const server: ChildProcess = spawn(
    process.execPath,
    ['--expose-gc', '--import', probe, 'packages/server/bin/fazhi.mjs', 'start'],
    {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let out = '';
  server.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = once(server, 'exit');
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (!out.includes('平台已启动')) return;
        clearInterval(timer);
        resolve();
      }, 200);
      void exited.then(() => {
        clearInterval(timer);
        reject(new Error(`the server exited: ${out}`));
      });
    });
    const started = (performance.now() - t0) / 1000;
    const seeded = out.includes('已载入示范区演示数据');
    console.log(`  ${label}: started in ${started.toFixed(0)} s${seeded ? ' (seeded the demo)' : ''}`);
    const agent = new http.Agent({ keepAlive: true });
    /** Idle, then the memory before and after a full garbage collection (printed by the probe on SIGUSR2). */
    const idleMemory = async (after: string) => {
      await new Promise((r) => setTimeout(r, IDLE_SECONDS * 1000));
      const idle = rssOf(server.pid);
      const printed = (out.match(/^memory /gm) ?? []).length;
      server.kill('SIGUSR2');
      const m = await new Promise<NodeJS.MemoryUsage>((resolve) => {
        const timer = setInterval(() => {
          const lines = [...out.matchAll(/^memory (.*)$/gm)];
          if (lines.length <= printed) return;
          clearInterval(timer);
          resolve(JSON.parse(lines[printed]?.[1] ?? '{}') as NodeJS.MemoryUsage);
        }, 100);
      });
      const mib = (n: number) => (n / 1024 / 1024).toFixed(0);
      const rss = m.rss / 1024 / 1024;
      console.log(
        `    ${after}, ${IDLE_SECONDS} s idle: RSS ${idle.toFixed(0)} MiB; after a full GC ${rss.toFixed(0)} MiB = ` +
          `${((100 * rss) / LIMIT_MB).toFixed(0)}% of the ${LIMIT_MB} MB limit (heap used ${mib(m.heapUsed)} MiB ` +
          `of ${mib(m.heapTotal)}, external ${mib(m.external)})`,
      );
      return rss;
    };
    for (const path of ['/api/health', '/console']) await getOnce(agent, { port, path });
    const served = await idleMemory('health and the console page');
    await getOnce(agent, { port, path: '/api/public/normative-documents?q=%E7%AE%A1%E7%90%86' });
    agent.destroy();
    const searched = await idleMemory('then a catalogue search (jieba loaded)');
    return { served, searched };
  } finally {
    server.kill('SIGTERM');
    await exited;
  }
}

try {
  const first = await startAndIdle('first start on a fresh data directory');
  const again = await startAndIdle('restart on the same data');
  const met = (m: { served: number; searched: number }) => Math.max(m.served, m.searched) < LIMIT_MB;
  console.log(
    `first start / restart after a full GC: ${(first.served / again.served).toFixed(2)}× before the search, ` +
      `${(first.searched / again.searched).toFixed(2)}× after; limit ${met(first) && met(again) ? 'met' : 'NOT met'}`,
  );
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
