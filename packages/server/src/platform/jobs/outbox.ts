// After commit, stored outbox events drive side effects (notifications, indexing, statistics). An event becomes
// visible to the relay only when the transaction that wrote it commits, so a rolled-back change never reaches a
// handler. The relay claims pending events with FOR UPDATE SKIP LOCKED (several servers may relay at once) and, in
// the same transaction, enqueues one job per (event, module with a handler) and marks the event dispatched: the
// hand-off to the queue happens exactly once. Each job runs its module's handler through `deliverEvent`, which
// records the outcome in outbox_deliveries: a handler that succeeded is never run again for that event, a failing
// one keeps its attempts and last error and is retried by the queue. A crash between a handler's own commit and
// the delivery mark can still repeat it, so handlers stay idempotent (notify() dedupes by key for that reason).
import { sql } from 'kysely';
import type { Services } from '../services';
import type { OutboxEvent } from '../modules/manifest';
import type { Tx } from '../audit/write';

export interface EventDelivery {
  moduleId: string;
  event: OutboxEvent;
}

/** The modules that handle an event type. */
export function handlingModules(services: Services, type: string): string[] {
  return services.registry.modules.filter((m) => m.eventHandlers?.[type]).map((m) => m.id);
}

/** The pg-boss queue of a module's event handlers. */
export const eventQueueOf = (moduleId: string) => `events.${moduleId.replace(/[^A-Za-z0-9_.-]/g, '_')}`;

/** Claims up to `limit` pending events, hands each (event, module) pair to `enqueue` inside the claiming
 * transaction, and marks the events dispatched; returns how many events were relayed. */
export async function relayOutbox(
  services: Services,
  enqueue: (tx: Tx, deliveries: EventDelivery[]) => Promise<void>,
  limit = 100,
): Promise<number> {
  return services.db.transaction().execute(async (tx) => {
    const rows = await tx
      .selectFrom('outbox_events')
      .select(['region_code', 'id', 'type', 'payload'])
      .where('dispatched_at', 'is', null)
      .orderBy('id')
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .execute();
    if (rows.length === 0) return 0;
    const deliveries = rows.flatMap((r) => {
      const event: OutboxEvent = { regionCode: r.region_code, id: r.id, type: r.type, payload: r.payload };
      return handlingModules(services, r.type).map((moduleId) => ({ moduleId, event }));
    });
    if (deliveries.length) await enqueue(tx, deliveries);
    for (const r of rows) {
      await tx
        .updateTable('outbox_events')
        .set({ dispatched_at: sql`now()` as unknown as Date, attempts: sql`attempts + 1` as unknown as number })
        .where('region_code', '=', r.region_code)
        .where('id', '=', r.id)
        .execute();
    }
    return rows.length;
  });
}

/** Runs one module's handler for one event, once: skipped when already delivered; a failure is recorded (attempts,
 * last error on the delivery and on the event) and rethrown so that the queue retries it. */
export async function deliverEvent(services: Services, d: EventDelivery): Promise<'delivered' | 'skipped'> {
  const { event, moduleId } = d;
  const key = { region_code: event.regionCode, event_id: event.id, module_id: moduleId };
  const done = await services.db
    .selectFrom('outbox_deliveries')
    .select('delivered_at')
    .where('region_code', '=', key.region_code)
    .where('event_id', '=', key.event_id)
    .where('module_id', '=', key.module_id)
    .executeTakeFirst();
  if (done?.delivered_at) return 'skipped';
  const handler = services.registry.modules.find((m) => m.id === moduleId)?.eventHandlers?.[event.type];
  const record = async (error: string | null) => {
    await services.db
      .insertInto('outbox_deliveries')
      .values({ ...key, attempts: 1, delivered_at: error ? null : new Date(), last_error: error })
      .onConflict((oc) =>
        oc.columns(['region_code', 'event_id', 'module_id']).doUpdateSet({
          attempts: sql`outbox_deliveries.attempts + 1` as unknown as number,
          delivered_at: error ? null : new Date(),
          last_error: error ?? sql`outbox_deliveries.last_error`,
          updated_at: new Date(),
        }),
      )
      .execute();
    if (error)
      await services.db
        .updateTable('outbox_events')
        .set({ last_error: `${moduleId}: ${error}` })
        .where('region_code', '=', event.regionCode)
        .where('id', '=', event.id)
        .execute();
  };
  if (!handler) {
    await record(`模块 ${moduleId} 没有事件 ${event.type} 的处理程序`);
    throw new Error(`no handler for ${event.type} in module ${moduleId}`);
  }
  try {
    await handler(services, event);
  } catch (err) {
    await record((err instanceof Error ? err.message : String(err)).slice(0, 2000) || '处理失败');
    throw err;
  }
  await record(null);
  return 'delivered';
}

/** Relays and handles every pending event in this process, without the queue (the CLI and tests). A failing
 * handler is recorded and left for the next drain; returns the number of handler runs that succeeded. */
export async function drainOutbox(services: Services): Promise<number> {
  let delivered = 0;
  const pending: EventDelivery[] = [];
  for (;;) {
    const n = await relayOutbox(services, async (_tx, ds) => {
      pending.push(...ds);
    });
    if (n === 0) break;
  }
  // Deliveries that failed in an earlier drain are retried too.
  const failed = await services.db
    .selectFrom('outbox_deliveries as d')
    .innerJoin('outbox_events as e', (j) =>
      j.onRef('e.region_code', '=', 'd.region_code').onRef('e.id', '=', 'd.event_id'),
    )
    .select(['d.module_id', 'e.region_code', 'e.id', 'e.type', 'e.payload'])
    .where('d.delivered_at', 'is', null)
    .execute();
  for (const f of failed) {
    const event: OutboxEvent = { regionCode: f.region_code, id: f.id, type: f.type, payload: f.payload };
    if (
      !pending.some((p) => p.moduleId === f.module_id && p.event.id === f.id && p.event.regionCode === f.region_code)
    ) {
      pending.push({ moduleId: f.module_id, event });
    }
  }
  for (const d of pending) {
    try {
      if ((await deliverEvent(services, d)) === 'delivered') delivered++;
    } catch {
      // recorded in outbox_deliveries; retried by the next drain
    }
  }
  return delivered;
}
