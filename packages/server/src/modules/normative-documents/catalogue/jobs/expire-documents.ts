// 有效期届满: a document in force whose validity has ended is no longer in force (lapsed). Its unfinished
// post-evaluation is closed with the lapse, and its open "start post-evaluation" deadline cancelled. Idempotent: runs
// region by region in claimed batches (platform/jobs/batches.ts), and a document already lapsed is not claimed again.
import { closeDeadline } from '../../../../platform/deadlines';
import { inClaimedBatches } from '../../../../platform/jobs/batches';
import type { Services } from '../../../../platform/services';
import type { Writer } from '../../../../platform/write';
import type { DocumentRow } from '../../workflow';
import { SUBJECT } from '../../support';
import { auditDocument, moveTo } from '../../workflow';

/** The daily job: every region, in batches; returns how many documents lapsed. */
export async function expireDocuments(services: Services, on: string = services.clock.today(), batchSize = 100) {
  return inClaimedBatches(services, {
    batchSize,
    claim: (w, regionCode, after, limit) => {
      let q = pastExpiry(w, on)
        .where('region_code', '=', regionCode)
        .orderBy('id')
        .limit(limit)
        .forUpdate()
        .skipLocked();
      if (after) q = q.where('id', '>', after);
      return q.execute();
    },
    work: (w, rows) => expire(w, rows, on),
  });
}

/** The same inside a transaction the caller holds (the demo seed). */
export async function expireDocumentsOn(w: Writer, on: string): Promise<number> {
  const due = await pastExpiry(w, on).forUpdate().execute();
  await expire(w, due, on);
  return due.length;
}

const pastExpiry = (w: Writer, on: string) =>
  w.tx.selectFrom('normative_documents').selectAll().where('status', '=', 'published').where('expires_on', '<', on);

async function expire(w: Writer, due: DocumentRow[], on: string) {
  for (const row of due) {
    const note = `有效期至${row.expires_on}届满`;
    const endedOn = row.expires_on ?? on;
    await moveTo(w, row, 'lapsed', 'expire', endedOn, note, { ended_on: endedOn, ended_reason: note });
    await w.tx
      .updateTable('normative_post_evaluations')
      .set({
        status: 'concluded',
        outcome: 'lapse',
        conclusion: '有效期届满前未作出继续施行结论，文件自然失效',
        concluded_on: on,
      })
      .where('region_code', '=', row.region_code)
      .where('document_id', '=', row.id)
      .where('status', '!=', 'concluded')
      .execute();
    await closeDeadline(
      w,
      { regionCode: row.region_code, subjectType: SUBJECT, subjectId: row.id, kind: 'post-evaluation' },
      on,
      true,
    );
    await auditDocument(w, row, 'expired', `${note}，失效`, { expiresOn: row.expires_on });
  }
}
