import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Services } from '../services';
import { health, type Health } from '@fazhi/core/contracts';
import { answers } from './contract';

export interface HealthProbe {
  jobs?: () => { running: boolean; lastRelayAt: string | null; lastError: string | null };
  /** contributed by the calendar module: the years loaded and a warning when next year's is missing */
  calendar?: (
    services: Services,
  ) => Promise<{ firstYear: number | null; lastYear: number | null; warning: string | null }>;
}

export function healthRoutes(app: FastifyInstance, services: Services, probe: HealthProbe) {
  app.get(
    '/health',
    {
      schema: {
        tags: ['运行状态'],
        summary: '健康检查',
        response: { ...answers(health), 503: health.describe('数据库不可用：服务降级') },
      },
    },
    async (_req, reply) => {
      let database: { ok: boolean; error?: string } = { ok: true };
      try {
        await sql`SELECT 1`.execute(services.db);
      } catch (e) {
        database = { ok: false, error: String(e) };
      }
      const runner = probe.jobs ? probe.jobs() : { running: false, lastRelayAt: null, lastError: '任务执行器未启动' };
      // Event handlers that failed and are not (yet) delivered: retried with back-off, listed in outbox_deliveries.
      const failed = database.ok
        ? await services.db
            .selectFrom('outbox_deliveries')
            .select(sql<string>`count(*)`.as('n'))
            .where('delivered_at', 'is', null)
            .executeTakeFirst()
            .catch(() => undefined)
        : undefined;
      const jobs = { ...runner, failedDeliveries: Number(failed?.n ?? 0) };
      const calendar = probe.calendar
        ? await probe.calendar(services).catch((e) => ({ firstYear: null, lastYear: null, warning: String(e) }))
        : null;
      const ok = database.ok;
      const body: Health = { status: ok ? 'ok' : 'degraded', database, jobs, calendar };
      return reply.status(ok ? 200 : 503).send(body);
    },
  );
}
