// 补正 (第三十条): within seven working days of receipt the body tells the applicant once, everything at once, what to
// correct and by when; the reply period stops (platform/cases, cause 'correction') and runs anew from the day the
// corrected request arrives. A request never corrected within the period given is deemed withdrawn and no longer
// handled (表三（六）1).
import { correctionProblem } from '@fazhi/core/disclosure';
import { parseTrackingNumber, trackingPrefixes } from '@fazhi/core/identifiers';
import { actDate } from '../../../../platform/act-date';
import { endCaseClockOn, pauseCaseOn, resumeCaseOn } from '../../../../platform/cases/clock';
import { closeDeadline, setDeadline } from '../../../../platform/deadlines';
import { conflict, invalid, notFound } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { REQUEST_SUBJECT } from '../../catalogue';
import {
  APPLICANT_CORRECTION_KIND,
  CORRECTION_NOTICE_KIND,
  recordRequestAct,
  requestForAct,
  requestLink,
  requestRef,
  requestTitle,
} from '../../workflow';

export interface RequestCorrectionInput {
  correctionItems: string[];
  requestedOn?: string | undefined;
  correctionDueOn?: string | undefined;
}

export async function requestCorrection(
  services: Services,
  ctx: WriteContext,
  id: string,
  input: RequestCorrectionInput,
) {
  return inWriteTransaction(services, ctx, (w) => requestCorrectionOn(services, w, id, input));
}

export async function requestCorrectionOn(services: Services, w: Writer, id: string, input: RequestCorrectionInput) {
  const { row } = await requestForAct(services, w, id, 'request-correction');
  const problem = correctionProblem(row.correction_requested_on !== null, input.correctionItems);
  if (problem)
    throw row.correction_requested_on
      ? conflict('CORRECTION_ALREADY_REQUESTED', problem)
      : invalid('CORRECTION_ITEMS_INVALID', problem, [{ path: 'correctionItems', message: problem }]);
  const items = input.correctionItems.map((i) => i.trim()).filter(Boolean);
  const requestedOn = actDate(services, input.requestedOn, 'requestedOn');
  if (requestedOn < (row.received_on ?? row.submitted_on))
    throw invalid('DATE_BEFORE_RECEIPT', `通知补正日期不得早于收到申请日期 ${row.received_on}`, [
      { path: 'requestedOn', message: '不得早于收到申请日期' },
    ]);
  if (input.correctionDueOn && input.correctionDueOn <= requestedOn)
    throw invalid('CORRECTION_DUE_INVALID', '补正期限应当晚于通知补正日期', [
      { path: 'correctionDueOn', message: '应当晚于通知补正日期' },
    ]);
  const told = await closeDeadline(
    w,
    { regionCode: row.region_code, subjectType: REQUEST_SUBJECT, subjectId: row.id, kind: CORRECTION_NOTICE_KIND },
    requestedOn,
  );
  await pauseCaseOn(services, w, requestRef(row), { cause: 'correction', reason: '告知申请人补正', from: requestedOn });
  const due = await setDeadline(w, {
    regionCode: row.region_code,
    subjectType: REQUEST_SUBJECT,
    subjectId: row.id,
    kind: APPLICANT_CORRECTION_KIND,
    label: '申请人补正',
    subjectTitle: requestTitle(row),
    link: requestLink(row.id),
    ruleId: 'disclosure.applicant-correction',
    from: requestedOn,
    announcedDue: input.correctionDueOn ?? null,
    responsibleOrgId: row.body_org_id,
  });
  await w.tx
    .updateTable('disclosure_requests')
    .set({ correction_items: JSON.stringify(items), correction_requested_on: requestedOn })
    .where('region_code', '=', row.region_code)
    .where('id', '=', row.id)
    .execute();
  await recordRequestAct(w, row, {
    act: 'correction_requested',
    on: requestedOn,
    status: 'correction_requested',
    summary: `一次性告知补正${items.length}项${told?.status === 'missed' ? '（已超过第三十条规定的7个工作日）' : ''}，申请人应于 ${due.due} 前补正`,
    changes: { items, due: due.due, late: told?.status === 'missed' },
  });
}

/** The portal's correction: the applicant, without an account, by the tracking number. */
export async function submitCorrectionOnline(
  services: Services,
  ip: string,
  typedNumber: string,
  input: { correctionText: string },
) {
  return inWriteTransaction(services, { actor: null, ip }, async (w) => {
    const parsed = parseTrackingNumber(typedNumber, trackingPrefixes.disclosure_request);
    const found = parsed
      ? await w.tx
          .selectFrom('disclosure_requests')
          .select('id')
          .where('region_code', '=', parsed.regionCode)
          .where('tracking_number', '=', parsed.trackingNumber)
          .executeTakeFirst()
      : undefined;
    if (!found) throw notFound('政府信息公开申请');
    return submitCorrectionOn(services, w, found.id, input);
  });
}

/** A correction received by letter or in person, recorded by the body's staff. */
export async function recordCorrection(
  services: Services,
  ctx: WriteContext,
  id: string,
  input: { correctionText: string },
) {
  return inWriteTransaction(services, ctx, (w) => submitCorrectionOn(services, w, id, input));
}

/** `on`: the day the corrected request arrived, today unless a seed or factory dates it back. */
export async function submitCorrectionOn(
  services: Services,
  w: Writer,
  id: string,
  input: { correctionText: string },
  on = services.clock.today(),
) {
  const { row } = await requestForAct(services, w, id, 'submit-correction');
  // 第三十条: 答复期限自行政机关收到补正的申请之日起计算
  const [reply] = await resumeCaseOn(services, w, requestRef(row), on);
  const closed = await closeDeadline(
    w,
    { regionCode: row.region_code, subjectType: REQUEST_SUBJECT, subjectId: row.id, kind: APPLICANT_CORRECTION_KIND },
    on,
  );
  await w.tx
    .updateTable('disclosure_requests')
    .set({ correction_answered_on: on, correction_text: input.correctionText })
    .where('region_code', '=', row.region_code)
    .where('id', '=', row.id)
    .execute();
  await recordRequestAct(w, row, {
    act: 'correction_submitted',
    on,
    status: 'received',
    summary: `申请人提交补正${closed?.status === 'missed' ? '（已超过补正期限）' : ''}，答复期限自收到补正之日重新计算至 ${reply?.due ?? ''}`,
    changes: { replyDue: reply?.due ?? null, late: closed?.status === 'missed' },
  });
  return { replyDue: reply?.due ?? null };
}

/** 第三十条: 申请人无正当理由逾期不补正的，视为放弃申请 — only once the period given has passed. */
export async function deemWithdrawn(services: Services, ctx: WriteContext, id: string) {
  return inWriteTransaction(services, ctx, (w) => deemWithdrawnOn(services, w, id));
}

export async function deemWithdrawnOn(services: Services, w: Writer, id: string) {
  const { row } = await requestForAct(services, w, id, 'deem-withdrawn');
  const today = services.clock.today();
  const due = await w.tx
    .selectFrom('deadlines')
    .select('due_on')
    .where('region_code', '=', row.region_code)
    .where('subject_type', '=', REQUEST_SUBJECT)
    .where('subject_id', '=', row.id)
    .where('kind', '=', APPLICANT_CORRECTION_KIND)
    .executeTakeFirst();
  if (due && due.due_on >= today)
    throw conflict('CORRECTION_PERIOD_RUNNING', `补正期限至 ${due.due_on} 届满，期满前不能视为放弃申请`);
  await closeDeadline(
    w,
    { regionCode: row.region_code, subjectType: REQUEST_SUBJECT, subjectId: row.id, kind: APPLICANT_CORRECTION_KIND },
    today,
  );
  await endCaseClockOn(w, requestRef(row), today);
  await w.tx
    .updateTable('disclosure_requests')
    .set({ outcome: 'correction_lapsed', replied_on: today })
    .where('region_code', '=', row.region_code)
    .where('id', '=', row.id)
    .execute();
  await recordRequestAct(w, row, {
    act: 'deemed_withdrawn',
    on: today,
    status: 'withdrawn',
    summary: '申请人无正当理由逾期不补正，视为放弃申请，不再处理（第三十条）',
    changes: { outcome: 'correction_lapsed' },
  });
}
