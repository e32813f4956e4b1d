// 统一登记、统一编号、统一发布: a document that has gone through consultation (or its recorded exemption), the
// fair-competition review where required, the legality review and the collective deliberation is registered,
// numbered in its issuer's yearly sequence and published with its effective date and validity. Anything missing is
// refused with the missing step named (国发〔2008〕17号 (十三); seed 000 (五) 未经…不得施行). Publication opens
// the filing deadline. A document that replaces an earlier one ends that one.
import { documentStatusLabels } from '@fazhi/core/normative-documents';
import { conflict } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { registerPublication } from '../registration';
import { actDate } from '../../support';
import { assertStepsDone, auditDocument, loadDocument, loadForAct, moveTo } from '../../workflow';
import { normativeEvents } from '../../catalogue';

export interface PublishInput {
  publishedOn?: string | undefined;
  effectiveOn: string;
  expiresOn?: string | undefined;
  effectiveSoonReason?: string | undefined;
}

export async function publishDocument(services: Services, ctx: WriteContext, id: string, input: PublishInput) {
  return inWriteTransaction(services, ctx, (w) => publishDocumentOn(services, w, id, input));
}

export async function publishDocumentOn(services: Services, w: Writer, id: string, input: PublishInput) {
  const { row } = await loadForAct(services, w, id, 'register');
  if (['published', 'amendment_pending', 'repealed', 'lapsed', 'withdrawn'].includes(row.status))
    throw conflict('DOCUMENT_STATE_INVALID', `文件当前状态为“${documentStatusLabels[row.status]}”，不能发布`);
  // a clerk who may publish learns every missing step by name, not only that publication is refused
  assertStepsDone(row, 'publish');
  const publishedOn = actDate(services, input.publishedOn, 'publishedOn');
  const reg = await registerPublication(
    w,
    row,
    {
      publishedOn,
      effectiveOn: input.effectiveOn,
      expiresOn: input.expiresOn,
      effectiveSoonReason: input.effectiveSoonReason,
    },
    'initial',
  );
  // the reason for an early 施行 is part of the record: in the status history and the audit event
  const soon = reg.effectiveSoon ? (input.effectiveSoonReason?.trim() ?? '') : '';
  await moveTo(
    w,
    row,
    'published',
    'publish',
    publishedOn,
    soon ? `${reg.docNumber}；提前施行的理由：${soon}` : reg.docNumber,
    reg.update,
  );
  await auditDocument(
    w,
    row,
    'published',
    `登记编号为${reg.docNumber}并发布，${input.effectiveOn}起施行，有效期至${reg.expiresOn}`,
    {
      docNumber: reg.docNumber,
      publishedOn,
      effectiveOn: input.effectiveOn,
      expiresOn: reg.expiresOn,
      filingDue: reg.filingDue,
      ...(soon ? { effectiveSoonReason: soon } : {}),
    },
  );
  await w.emit(normativeEvents, row.region_code, 'normative_document.published', {
    documentId: row.id,
    docNumber: reg.docNumber,
  });
  if (row.replaces_id) {
    const old = await loadDocument(services, w.tx, null, row.replaces_id, true);
    if (old && ['published', 'amendment_pending'].includes(old.row.status)) {
      const note = `被《${row.title}》（${reg.docNumber}）替代`;
      await moveTo(w, old.row, 'repealed', 'publish', publishedOn, note, { ended_on: publishedOn, ended_reason: note });
      await auditDocument(w, old.row, 'replaced', note, { replacedBy: row.id });
    }
  }
  return { docNumber: reg.docNumber, expiresOn: reg.expiresOn, filingDue: reg.filingDue };
}
