import type { Config } from '../platform/config';
import { ensureAdmin, openPlatform } from '../platform/bootstrap';
import { buildApp } from '../platform/http/app';
import { startJobRunner, type JobRunner } from '../platform/jobs/runner';
import { modules } from '../modules';
import { hasDemoRegion, seedDemo } from '../modules/organisations/seed-demo';
import { calendarHealth } from '../modules/calendar/queries/health';

export async function startServer(config: Config) {
  const p = await openPlatform(config, modules);
  const { services } = p;
  const admin = await ensureAdmin(services);
  const freshDemo = (await hasDemoRegion(services)) ? null : await seedDemo(services);
  let jobs: JobRunner | null = null;
  if (config.jobs) jobs = await startJobRunner(services, p.handle.url);
  const app = await buildApp(services, {
    jobs: jobs ? () => jobs.status() : undefined,
    calendar: (s) => calendarHealth(s.db, s.clock.today()),
  });
  await app.listen({ port: config.port, host: config.host });
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
    await app.close();
    await jobs?.stop();
    await p.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
