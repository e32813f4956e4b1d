// The job runner: pg-boss on the same PostgreSQL. Outbox events are relayed into one queue whose worker calls the
// modules' handlers; each module's scheduled jobs (deadline sweeps …) get their own queue and cron schedule.
// Everything lives in PostgreSQL, so any number of stateless servers can run the runner side by side.
import PgBoss from 'pg-boss';
import type { Services } from '../services';
import type { OutboxEvent } from '../modules/manifest';
import { handlersFor, relayOutbox } from './outbox';

export interface JobRunner {
  status(): { running: boolean; lastRelayAt: string | null; lastError: string | null };
  stop(): Promise<void>;
}

const queueName = (name: string) => name.replace(/[^A-Za-z0-9_.-]/g, '_');

export async function startJobRunner(services: Services, url: string): Promise<JobRunner> {
  const boss = new PgBoss({ connectionString: url, schema: 'pgboss', max: 4 });
  let lastError: string | null = null;
  let lastRelayAt: string | null = null;
  boss.on('error', (e: Error) => {
    lastError = e.message;
  });
  await boss.start();
  await boss.createQueue('outbox');
  await boss.work<OutboxEvent>('outbox', async (jobs) => {
    for (const job of jobs) for (const h of handlersFor(services, job.data.type)) await h(services, job.data);
  });
  for (const m of services.registry.modules) {
    for (const job of m.jobs ?? []) {
      const q = queueName(`${m.id}.${job.name}`);
      await boss.createQueue(q);
      await boss.work(q, async () => job.run(services));
      if (job.cron) await boss.schedule(q, job.cron, {}, { tz: process.env.TZ ?? 'Asia/Shanghai' });
    }
  }
  let stopped = false;
  const loop = async () => {
    while (!stopped) {
      try {
        const n = await relayOutbox(services, async (e) => {
          await boss.send('outbox', e);
        });
        lastRelayAt = new Date().toISOString();
        if (n === 0) await new Promise((r) => setTimeout(r, 1000));
      } catch (e) {
        lastError = String(e);
        await new Promise((r) => setTimeout(r, 5000));
      }
    }
  };
  const looping = loop();
  return {
    status: () => ({ running: !stopped, lastRelayAt, lastError }),
    stop: async () => {
      stopped = true;
      await looping;
      await boss.stop({ graceful: true, timeout: 5000 });
    },
  };
}
