// 报送备案: within the filing period after publication (rule normative.filing or, for a document in the name of the
// government, normative.filing-government-name: 15 days nationally, 国发〔2008〕17号
// (十四); 5 days in the demo district, seed 000 (五)) the drafting unit files the document with the justice bureau.
// Filing closes the filing deadline (met or missed) and opens the bureau's filing-review deadline.
import { randomUUID } from 'node:crypto';
import { closeDeadline, setDeadline } from '../../../../platform/deadlines';
import { invalid } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { actDate, documentLink, justiceBureauFor, SUBJECT } from '../../support';
import { auditDocument, loadForAct, moveTo } from '../../workflow';
import { normativeEvents } from '../../catalogue';

export async function submitFiling(services: Services, ctx: WriteContext, id: string, submittedOn?: string) {
  return inWriteTransaction(services, ctx, (w) => submitFilingOn(services, w, id, submittedOn));
}

export async function submitFilingOn(services: Services, w: Writer, id: string, submittedOnInput?: string) {
  const { row } = await loadForAct(services, w, id, 'submitFiling');
  if (row.filing_status !== 'not_submitted')
    throw invalid('FILING_NOT_DUE', '该文件没有待报送的备案（未发布或已报送）');
  const submittedOn = actDate(services, submittedOnInput, 'submittedOn');
  const registration = await w.tx
    .selectFrom('normative_registrations')
    .select(['id', 'published_on', 'doc_number'])
    .where('region_code', '=', row.region_code)
    .where('document_id', '=', row.id)
    .orderBy('registered_at', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  if (submittedOn < registration.published_on)
    throw invalid('FILING_BEFORE_PUBLICATION', `报送日期不能早于发布日期（${registration.published_on}）`, [
      { path: 'submittedOn', message: '早于发布日期' },
    ]);
  const bureau = await justiceBureauFor(w.tx, row.region_code);
  const filingId = randomUUID();
  await w.tx
    .insertInto('normative_filings')
    .values({
      region_code: row.region_code,
      id: filingId,
      document_id: row.id,
      registration_id: registration.id,
      submitted_on: submittedOn,
      submitted_by: w.ctx.actor?.userId ?? null,
      filed_with_org_id: bureau.id,
    })
    .execute();
  const where = { regionCode: row.region_code, subjectType: SUBJECT, subjectId: row.id };
  const closed = await closeDeadline(w, { ...where, kind: 'filing' }, submittedOn);
  const review = await setDeadline(w, {
    ...where,
    kind: 'filing-review',
    label: '备案审查',
    subjectTitle: `《${row.title}》（${registration.doc_number}）`,
    link: documentLink(row.id),
    ruleId: 'normative.filing-review',
    from: submittedOn,
    responsibleOrgId: bureau.id,
  });
  await moveTo(w, row, row.status, 'submit-filing', submittedOn, `报${bureau.name}备案`, {
    filing_status: 'submitted',
  });
  await auditDocument(
    w,
    row,
    'filing_submitted',
    `报${bureau.name}备案（${closed?.status === 'missed' ? '逾期' : '按期'}）`,
    {
      filingId,
      submittedOn,
      due: closed?.due ?? null,
      onTime: closed?.status !== 'missed',
    },
  );
  await w.emit(normativeEvents, row.region_code, 'normative_document.filing_submitted', {
    documentId: row.id,
    filingId,
  });
  return { filingId, onTime: closed?.status !== 'missed', reviewDue: review.due };
}
