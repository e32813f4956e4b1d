// 征求意见 (第三十二条 a third party whose rights the disclosure may harm; 第三十四条 the other bodies that made the
// information with this one): each has fifteen working days to answer, and the time the body waits is not counted in
// its reply period (第三十三条第三款) — the shared case record holds the reply's deadline and counts it around the pause.
import { randomUUID } from 'node:crypto';
import { consultationKindLabels, consultationRules, type ConsultationKind } from '@fazhi/core/disclosure';
import { actDate } from '../../../../platform/act-date';
import { pauseCaseOn, resumeCaseOn } from '../../../../platform/cases/clock';
import { closeDeadline, setDeadline } from '../../../../platform/deadlines';
import { conflict, invalid } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { REQUEST_SUBJECT } from '../../catalogue';
import {
  CORRECTION_NOTICE_KIND,
  consultationKindOf,
  recordRequestAct,
  requestForAct,
  requestLink,
  requestRef,
  requestTitle,
} from '../../workflow';

export interface StartConsultationInput {
  consultationKind: ConsultationKind;
  consultee: string;
  consultationStartedOn?: string | undefined;
}

export async function startConsultation(
  services: Services,
  ctx: WriteContext,
  id: string,
  input: StartConsultationInput,
) {
  return inWriteTransaction(services, ctx, (w) => startConsultationOn(services, w, id, input));
}

export async function startConsultationOn(services: Services, w: Writer, id: string, input: StartConsultationInput) {
  const { row } = await requestForAct(services, w, id, 'start-consultation');
  const on = actDate(services, input.consultationStartedOn, 'consultationStartedOn');
  if (row.received_on && on < row.received_on)
    throw invalid('DATE_BEFORE_RECEIPT', `发出征求意见书日期不得早于收到申请日期 ${row.received_on}`, [
      { path: 'consultationStartedOn', message: '不得早于收到申请日期' },
    ]);
  const where = { regionCode: row.region_code, subjectType: REQUEST_SUBJECT, subjectId: row.id };
  // a request the body consults on is clear enough: no 补正 is owed any more
  await closeDeadline(w, { ...where, kind: CORRECTION_NOTICE_KIND }, on, true);
  const label = consultationKindLabels[input.consultationKind];
  await pauseCaseOn(services, w, requestRef(row), {
    cause: 'consultation',
    reason: `${label}：${input.consultee}`,
    from: on,
  });
  const consultationId = randomUUID();
  await w.tx
    .insertInto('disclosure_consultations')
    .values({
      region_code: row.region_code,
      id: consultationId,
      request_id: row.id,
      kind: input.consultationKind,
      consultee: input.consultee,
      started_on: on,
    })
    .execute();
  const due = await setDeadline(w, {
    ...where,
    kind: consultationKindOf(consultationId),
    label: `${input.consultee}提出意见`,
    subjectTitle: requestTitle(row),
    link: requestLink(row.id),
    ruleId: consultationRules[input.consultationKind],
    from: on,
    responsibleOrgId: row.body_org_id,
  });
  await recordRequestAct(w, row, {
    act: 'consultation_started',
    on,
    status: 'consulting',
    summary: `${label}（${input.consultee}），意见期限至 ${due.due}，征求意见期间不计入答复期限`,
    changes: { consultationId, kind: input.consultationKind, consultee: input.consultee, due: due.due },
  });
  return { consultationId };
}

export async function endConsultation(
  services: Services,
  ctx: WriteContext,
  id: string,
  input: { opinion: string; consultationEndedOn?: string | undefined },
) {
  return inWriteTransaction(services, ctx, async (w) => {
    const { row } = await requestForAct(services, w, id, 'end-consultation');
    const open = await w.tx
      .selectFrom('disclosure_consultations')
      .selectAll()
      .where('region_code', '=', row.region_code)
      .where('request_id', '=', row.id)
      .where('ended_on', 'is', null)
      .executeTakeFirst();
    if (!open) throw conflict('NO_OPEN_CONSULTATION', '本申请没有正在进行的征求意见');
    const on = actDate(services, input.consultationEndedOn, 'consultationEndedOn');
    if (on < open.started_on)
      throw invalid('DATE_BEFORE_CONSULTATION', `收到意见日期不得早于发出征求意见书日期 ${open.started_on}`, [
        { path: 'consultationEndedOn', message: '不得早于发出征求意见书日期' },
      ]);
    const [reply] = await resumeCaseOn(services, w, requestRef(row), on);
    const closed = await closeDeadline(
      w,
      {
        regionCode: row.region_code,
        subjectType: REQUEST_SUBJECT,
        subjectId: row.id,
        kind: consultationKindOf(open.id),
      },
      on,
    );
    await w.tx
      .updateTable('disclosure_consultations')
      .set({ ended_on: on, opinion: input.opinion })
      .where('region_code', '=', row.region_code)
      .where('id', '=', open.id)
      .execute();
    await recordRequestAct(w, row, {
      act: 'consultation_ended',
      on,
      status: 'received',
      summary: `${open.consultee}${closed?.status === 'missed' ? '逾期' : ''}提出意见，答复期限扣除征求意见期间后至 ${reply?.due ?? ''}`,
      changes: { consultationId: open.id, replyDue: reply?.due ?? null, late: closed?.status === 'missed' },
    });
  });
}
