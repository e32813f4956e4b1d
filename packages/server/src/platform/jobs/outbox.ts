// After commit, stored outbox events drive side effects (notifications, indexing, statistics). Claiming uses
// FOR UPDATE SKIP LOCKED so several servers can relay at once; handlers must be idempotent because an event may be
// handled again after a crash between the handler and the commit.
import { sql } from 'kysely';
import type { Services } from '../services';
import type { OutboxEvent } from '../modules/manifest';

export function handlersFor(services: Services, type: string) {
  return services.registry.modules.flatMap((m) => {
    const h = m.eventHandlers?.[type];
    return h ? [h] : [];
  });
}

/** Handles up to `limit` pending events in one transaction per batch; returns how many were handled. */
export async function relayOutbox(services: Services, deliver: (e: OutboxEvent) => Promise<void>, limit = 100) {
  return services.db.transaction().execute(async (tx) => {
    const rows = await tx
      .selectFrom('outbox_events')
      .select(['region_code', 'id', 'type', 'payload'])
      .where('dispatched_at', 'is', null)
      .where('attempts', '<', 10)
      .orderBy('id')
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .execute();
    for (const r of rows) {
      const event: OutboxEvent = { regionCode: r.region_code, id: r.id, type: r.type, payload: r.payload };
      try {
        await deliver(event);
        await tx
          .updateTable('outbox_events')
          .set({ dispatched_at: sql`now()` as unknown as Date, attempts: sql`attempts + 1` as unknown as number })
          .where('region_code', '=', r.region_code)
          .where('id', '=', r.id)
          .execute();
      } catch (err) {
        await tx
          .updateTable('outbox_events')
          .set({ attempts: sql`attempts + 1` as unknown as number, last_error: String(err).slice(0, 2000) })
          .where('region_code', '=', r.region_code)
          .where('id', '=', r.id)
          .execute();
      }
    }
    return rows.length;
  });
}

/** Runs every handler of every pending event in-process (used by the CLI and by tests). */
export async function drainOutbox(services: Services): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await relayOutbox(services, async (e) => {
      for (const h of handlersFor(services, e.type)) await h(services, e);
    });
    total += n;
    if (n === 0) return total;
  }
}
