// The one way to change data: a transaction that holds the change, its audit event, its outbox event and the
// notifications it sends.
import type { Services } from './services';
import type { Clock } from './clock';
import type { Db } from './db/connection';
import { writeAudit, type AuditInput, type Tx, type WriteContext } from './audit/write';
import { subChainWriter } from './audit/batch';
import type { AuditKey } from './audit/key';
import { notify, type NotificationInput } from './notifications/notify';
import { assertDeclared, type EventCatalogue, type EventSchemas } from './modules/catalogue';
import type { z } from 'zod';

export type { Tx, WriteContext };

/** What a write needs besides its transaction: the clock for its timestamps and the audit key that seals its
 * events (Services has both; start-up code passes them explicitly). */
export interface WriteEnv {
  clock: Clock;
  auditKey: AuditKey;
}

export interface Writer {
  tx: Tx;
  ctx: WriteContext;
  /** the platform clock (services.clock): timestamps the change writes (updated_at, occurred_at) */
  clock: Clock;
  audit(input: AuditInput): Promise<void>;
  /** an event of the module's catalogue, stored in the outbox with the change (payload parsed by its schema) */
  emit<S extends EventSchemas, K extends keyof S & string>(
    events: EventCatalogue<S>,
    regionCode: string,
    type: K,
    payload: z.input<S[K]>,
  ): Promise<void>;
  /** a notification to a person, committed with the change (deduplicated by its key) */
  notify(input: NotificationInput): Promise<boolean>;
}

/** A writer over a transaction the caller already holds (the demo seed, a command composed into another).
 * `audit` replaces the immediate append (a bulk write chains its events in a sub-chain, sealed at the end). */
export function writerOn(
  tx: Tx,
  ctx: WriteContext,
  env: WriteEnv,
  audit?: (input: AuditInput) => Promise<void>,
): Writer {
  const { clock, auditKey } = env;
  return {
    tx,
    ctx,
    clock,
    audit: audit ?? ((input) => writeAudit(tx, ctx, input, clock.now(), auditKey)),
    emit: async (events, regionCode, type, payload) => {
      assertDeclared('events', type);
      const parsed = events.parse(type, payload);
      await tx
        .insertInto('outbox_events')
        .values({ region_code: regionCode, type, payload: JSON.stringify(parsed) })
        .execute();
    },
    notify: (input) => notify(tx, input),
  };
}

export async function inWriteTransaction<T>(services: Services, ctx: WriteContext, fn: (w: Writer) => Promise<T>) {
  return inDbWriteTransaction(services.db, ctx, fn, services);
}

/** The same, for start-up code that has a database but no services yet (module bootstraps). */
export async function inDbWriteTransaction<T>(db: Db, ctx: WriteContext, fn: (w: Writer) => Promise<T>, env: WriteEnv) {
  return db.transaction().execute(async (tx) => fn(writerOn(tx, ctx, env)));
}

/** A write of many records (the catalogue import): the same transaction, but its audit events form a sub-chain
 * of their own per region, inserted as they come without taking the region's audit lock, and one seal event per
 * region is appended to the region's chain when `fn` has finished (audit/batch.ts). The lock — which every other
 * write of the region needs — is held only for that one event and the commit, whatever the number of records. */
export async function inBulkWriteTransaction<T>(services: Services, ctx: WriteContext, fn: (w: Writer) => Promise<T>) {
  return services.db.transaction().execute(async (tx) => {
    const chains = subChainWriter(tx, ctx, services);
    const result = await fn(writerOn(tx, ctx, services, (input) => chains.add(input)));
    await chains.seal();
    return result;
  });
}
