// 有效期届满: a document in force whose validity has ended is no longer in force (lapsed). Its unfinished
// post-evaluation is closed with the lapse, and its open "start post-evaluation" deadline cancelled. Idempotent.
import { closeDeadline } from '../../../platform/deadlines';
import type { Services } from '../../../platform/services';
import { inWriteTransaction, type Writer } from '../../../platform/write';
import { SUBJECT } from '../support';
import { auditDocument, moveTo } from '../workflow';

export async function expireDocuments(services: Services, on: string = services.clock.today()) {
  return inWriteTransaction(services, { actor: null, ip: null }, (w) => expireDocumentsOn(w, on));
}

export async function expireDocumentsOn(w: Writer, on: string): Promise<number> {
  const due = await w.tx
    .selectFrom('normative_documents')
    .selectAll()
    .where('status', '=', 'published')
    .where('expires_on', '<', on)
    .forUpdate()
    .execute();
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
  return due.length;
}
