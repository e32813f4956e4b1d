// How a daily job works through many records: region by region, in batches, each batch its own write transaction
// that claims its rows with FOR UPDATE SKIP LOCKED. A batch holds its rows' locks and one region's audit lock only
// until it commits, so a job over thousands of records never blocks the region's users for the whole run, and two
// runs at once (two servers, or a run started by hand beside the scheduled one) never work on the same row: each
// skips what the other holds. The claim continues after the last id of the previous batch, so rows skipped because
// another run held them are not waited for. The work itself must be idempotent (a guard on the state it read, a
// dedupe key on its notifications): a run after another finds nothing left to do.
import type { Services } from '../services';
import { inWriteTransaction, type Writer } from '../write';

export interface BatchJob<R extends { id: string }> {
  /** Up to `limit` rows of the region with id > `after` (null: from the start), ordered by id, claimed with
   * `.forUpdate().skipLocked()`. */
  claim(w: Writer, regionCode: string, after: string | null, limit: number): Promise<R[]>;
  /** The work on the claimed rows, in the same transaction. */
  work(w: Writer, rows: R[], regionCode: string): Promise<void>;
  batchSize?: number;
  /** the regions to run over; default every region, in code order */
  regions?: readonly string[];
}

/** Runs the job over every region in claimed batches; returns how many rows were claimed. */
export async function inClaimedBatches<R extends { id: string }>(services: Services, job: BatchJob<R>) {
  const batchSize = job.batchSize ?? 200;
  const regions =
    job.regions ??
    (await services.db.selectFrom('regions').select('code').orderBy('code').execute()).map((r) => r.code);
  let claimed = 0;
  for (const regionCode of regions) {
    let after: string | null = null;
    for (;;) {
      const from: string | null = after;
      const rows = await inWriteTransaction(services, { actor: null, ip: null }, async (w) => {
        const batch = await job.claim(w, regionCode, from, batchSize);
        if (batch.length) await job.work(w, batch, regionCode);
        return batch;
      });
      claimed += rows.length;
      const last = rows[rows.length - 1];
      if (!last || rows.length < batchSize) break;
      after = last.id;
    }
  }
  return claimed;
}
