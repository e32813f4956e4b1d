// The job runner: pg-boss on the same PostgreSQL. The relay loop moves committed outbox events into one queue per
// module that handles events (events.<module>), in the same transaction that marks them dispatched; each queue's
// worker runs the module's handler through deliverEvent (once per event, retried with back-off on failure). Each
// module's scheduled jobs (deadline sweeps …) get their own queue and cron schedule. Everything lives in
// PostgreSQL, so any number of stateless servers can run the runner side by side.
import { CompiledQuery } from 'kysely';
import PgBoss from 'pg-boss';
import type { Services } from '../services';
import type { Tx } from '../audit/write';
import { deliverEvent, eventQueueOf, relayOutbox, type EventDelivery } from './outbox';

export interface JobRunner {
  status(): { running: boolean; lastRelayAt: string | null; lastError: string | null };
  /** relays pending events now instead of waiting for the next poll; returns how many were relayed */
  relayNow(): Promise<number>;
  stop(): Promise<void>;
}

export interface JobRunnerOptions {
  /** pause of the relay loop when no event is pending */
  relayIntervalMs?: number;
  /** how often idle workers look for jobs (pg-boss: at least 0.5); an event queue's worker is also woken by the
   * relay as soon as the jobs it enqueued have committed */
  pollingIntervalSeconds?: number;
  /** retries of a failing event handler, and the first delay (doubling each time) */
  retryLimit?: number;
  retryDelaySeconds?: number;
}

const queueName = (name: string) => name.replace(/[^A-Za-z0-9_.-]/g, '_');

/**
 * How often an idle worker asks PostgreSQL for a job when nothing wakes it. Events do not wait for it: the relay
 * wakes the worker of each module it enqueued for, once its transaction has committed. What is left to a poll is a
 * retry after its back-off (30 s and more), a scheduled job (daily) and a job another server enqueued for a queue
 * this server also works — all content with half a minute. At pg-boss's 2 s, the polls of an idle server's five
 * workers were about half of its CPU at rest: 0.65–0.74 → 0.27–0.36 CPU-s a minute in the server's process with 30 s
 * (docs/test-time-history.md, "An idle server's polls"), and every module with events or jobs adds a worker.
 */
const IDLE_POLL_SECONDS = 30;

/** pg-boss runs its statements on our transaction, so the enqueued jobs commit or roll back with it. */
const onTransaction = (tx: Tx): PgBoss.Db => ({
  executeSql: async (text: string, values: unknown[]) => {
    const r = await tx.executeQuery(CompiledQuery.raw(text, values));
    return { rows: r.rows as unknown[] };
  },
});

export async function startJobRunner(services: Services, url: string, opts: JobRunnerOptions = {}): Promise<JobRunner> {
  const boss = new PgBoss({ connectionString: url, schema: 'pgboss', max: 4 });
  let lastError: string | null = null;
  let lastRelayAt: string | null = null;
  boss.on('error', (e: Error) => {
    lastError = e.message;
  });
  await boss.start();
  const work = { pollingIntervalSeconds: opts.pollingIntervalSeconds ?? IDLE_POLL_SECONDS, batchSize: 1 };
  const eventWorkers = new Map<string, string>();
  for (const m of services.registry.modules) {
    if (!m.eventHandlers || Object.keys(m.eventHandlers).length === 0) continue;
    const q = eventQueueOf(m.id);
    await boss.createQueue(q, {
      name: q,
      retryLimit: opts.retryLimit ?? 8,
      retryDelay: opts.retryDelaySeconds ?? 30,
      retryBackoff: true,
    });
    const workerId = await boss.work<EventDelivery>(q, work, async (jobs) => {
      for (const job of jobs) await deliverEvent(services, job.data);
    });
    eventWorkers.set(m.id, workerId);
  }
  for (const m of services.registry.modules) {
    for (const job of m.jobs ?? []) {
      const q = queueName(`${m.id}.${job.name}`);
      await boss.createQueue(q, { name: q });
      await boss.work(q, work, async () => job.run(services));
      if (job.cron) await boss.schedule(q, job.cron, {}, { tz: process.env.TZ ?? 'Asia/Shanghai' });
    }
  }
  const relay = async () => {
    const enqueuedFor = new Set<string>();
    const n = await relayOutbox(services, async (tx, deliveries) => {
      await boss.insert(
        deliveries.map((d) => ({ name: eventQueueOf(d.moduleId), data: d })),
        { db: onTransaction(tx) },
      );
      for (const d of deliveries) enqueuedFor.add(d.moduleId);
    });
    // woken after the commit, not inside the transaction: a worker woken earlier finds no job yet and sleeps again
    for (const moduleId of enqueuedFor) {
      const workerId = eventWorkers.get(moduleId);
      if (workerId) boss.notifyWorker(workerId);
    }
    return n;
  };
  let stopped = false;
  let wake: (() => void) | null = null;
  const sleep = (ms: number) =>
    new Promise<void>((r) => {
      const t = setTimeout(r, ms);
      wake = () => {
        clearTimeout(t);
        r();
      };
    });
  const loop = async () => {
    while (!stopped) {
      try {
        const n = await relay();
        lastRelayAt = new Date().toISOString();
        // the database answers again: an error from before (a restart) is no longer the runner's state
        lastError = null;
        if (n === 0) await sleep(opts.relayIntervalMs ?? 1000);
      } catch (e) {
        lastError = String(e);
        await sleep(5000);
      }
    }
  };
  const looping = loop();
  return {
    status: () => ({ running: !stopped, lastRelayAt, lastError }),
    relayNow: relay,
    stop: async () => {
      stopped = true;
      wake?.();
      await looping;
      // a running job finishes before the database goes: with 5 s a daily job on a loaded machine outlived the wait,
      // the database was stopped under it and pg-boss's bookkeeping of the failure rejected unhandled at shutdown
      await boss.stop({ graceful: true, timeout: 30_000, wait: true });
    },
  };
}
