import type { Config } from '../platform/config';
import type { Services } from '../platform/services';
import { ensureAdmin, openPlatform } from '../platform/bootstrap';
import { buildApp } from '../platform/http/app';
import { startJobRunner, type JobRunner } from '../platform/jobs/runner';
import { modules } from '../modules';
import { hasDemoRegion, seedDemo } from '../modules/organisations/seed-demo';
import { calendarHealth } from '../modules/calendar/queries/health';
import { releaseSegmenterWhenIdle } from '../platform/segmenter';
import { spawn } from 'node:child_process';

type DemoSeed = Awaited<ReturnType<typeof seedDemo>>;

/**
 * The first start seeds the demo region in a process of its own (`fazhi seed-demo --json` on the same database):
 * seeding in the server's process grew a heap the server kept while it idled — 174 MiB after the first start
 * against 112 MiB after a restart (issue 12, docs/scaling.md). Without a command line to run (an embedding
 * program), it seeds in this process.
 */
async function seedDemoApart(services: Services): Promise<DemoSeed> {
  const script = process.argv[1];
  if (!script) return seedDemo(services);
  const child = spawn(process.execPath, [...process.execArgv, script, 'seed-demo', '--json'], {
    env: process.env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`载入示范区演示数据失败（fazhi seed-demo 退出码 ${code}）`);
  return JSON.parse(out.trim().split('\n').pop() ?? 'null') as DemoSeed;
}

export async function startServer(config: Config) {
  const p = await openPlatform(config, modules);
  const { services } = p;
  const admin = await ensureAdmin(services);
  const freshDemo = (await hasDemoRegion(services)) ? null : await seedDemoApart(services);
  let jobs: JobRunner | null = null;
  if (config.jobs) jobs = await startJobRunner(services, p.handle.url);
  const app = await buildApp(services, {
    jobs: jobs ? () => jobs.status() : undefined,
    calendar: (s) => calendarHealth(s.db, s.clock.today()),
  });
  await app.listen({ port: config.port, host: config.host });
  const stopReleasing = releaseSegmenterWhenIdle(config.segmenterIdleSeconds);
  const base = `http://localhost:${config.port}`;
  const lines = [
    '',
    '法治政府建设一体化平台已启动',
    `  控制台：${base}/console    门户：${base}/    接口文档：${base}/api/docs`,
    `  数据库：${p.handle.embedded ? `内嵌 PostgreSQL（数据目录 ${config.dataDir}）` : 'DATABASE_URL 指定的 PostgreSQL'}`,
  ];
  if (admin)
    lines.push(
      `  平台管理员：${admin.username}  ${admin.password ? `初始密码：${admin.password}（仅显示一次，首次登录须修改）` : '密码为 FAZHI_ADMIN_PASSWORD（首次登录须修改）'}`,
    );
  if (freshDemo)
    lines.push(
      `  已载入示范区演示数据。演示账号：${freshDemo.users.map((u) => u.username).join('、')}`,
      `  演示密码：${freshDemo.generated ? `${freshDemo.password}（仅显示一次）` : 'FAZHI_DEMO_PASSWORD'}`,
    );
  console.log(lines.join('\n'));
  const stop = async () => {
    stopReleasing();
    await app.close();
    await jobs?.stop();
    await p.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
