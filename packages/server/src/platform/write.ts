// The one way to change data: a transaction that holds the change, its audit event and its outbox event.
import type { Services } from './services';
import { writeAudit, type AuditInput, type Tx, type WriteContext } from './audit/write';

export type { Tx, WriteContext };

export interface Writer {
  tx: Tx;
  ctx: WriteContext;
  audit(input: AuditInput): Promise<void>;
  emit(regionCode: string, type: string, payload: Record<string, unknown>): Promise<void>;
}

/** A writer over a transaction the caller already holds (the demo seed, a command composed into another). */
export function writerOn(tx: Tx, ctx: WriteContext): Writer {
  return {
    tx,
    ctx,
    audit: (input) => writeAudit(tx, ctx, input),
    emit: async (regionCode, type, payload) => {
      await tx
        .insertInto('outbox_events')
        .values({ region_code: regionCode, type, payload: JSON.stringify(payload) })
        .execute();
    },
  };
}

export async function inWriteTransaction<T>(services: Services, ctx: WriteContext, fn: (w: Writer) => Promise<T>) {
  return services.db.transaction().execute(async (tx) => fn(writerOn(tx, ctx)));
}
