// 听证笔录 (第五十条第三款、第五十一条): what happened at a hearing the office scheduled. Held: who attended for the
// respondent — its head (负责人) or, with the head's reason, the staff member it entrusted (第五十一条第二款) — and the
// record the recorder made, checked and signed; the decision is then made on it (第六十一条第二款, decide-case.ts).
// The applicant absent without good reason: the hearing is waived (第五十一条第一款) and the case goes on without it.
import {
  hearingRecordProblems,
  respondentAttendanceLabels,
  type RespondentAttendance,
} from '@fazhi/core/reconsideration';
import { actDate } from '../../../../platform/act-date';
import { invalid, notFound } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { caseForAct, recordCaseAct } from '../../workflow';

export interface RecordHearingInput {
  hearingId: string;
  hearingHeldOn?: string | undefined;
  applicantAttended: boolean;
  respondentAttendance?: RespondentAttendance | undefined;
  respondentAttendee?: string | undefined;
  hearingHeadAbsenceReason?: string | undefined;
  hearingRecord?: string | undefined;
  recordSigned?: boolean | undefined;
}

export async function recordHearing(services: Services, ctx: WriteContext, id: string, input: RecordHearingInput) {
  return inWriteTransaction(services, ctx, (w) => recordHearingOn(services, w, id, input));
}

export async function recordHearingOn(services: Services, w: Writer, id: string, input: RecordHearingInput) {
  const { row } = await caseForAct(services, w, id, 'record-hearing');
  const hearing = await w.tx
    .selectFrom('reconsideration_hearings')
    .selectAll()
    .where('region_code', '=', row.region_code)
    .where('case_id', '=', row.id)
    .where('id', '=', input.hearingId)
    .forUpdate()
    .executeTakeFirst();
  if (!hearing) throw notFound('听证');
  if (hearing.status !== 'scheduled')
    throw invalid('HEARING_ALREADY_RECORDED', `该听证已于${hearing.held_on ?? hearing.hearing_on}记录`, [
      { path: 'hearingId', message: '该听证的情况已经记录' },
    ]);
  // the day of the hearing, on or after the day notified; never a day still to come (actDate)
  const heldOn = actDate(services, input.hearingHeldOn ?? hearing.hearing_on, 'hearingHeldOn');
  const problems = hearingRecordProblems(input);
  if (heldOn < hearing.hearing_on)
    problems.unshift({ path: 'hearingHeldOn', message: `不得早于通知的听证日期 ${hearing.hearing_on}` });
  if (problems.length) throw invalid('HEARING_RECORD_INVALID', problems[0]!.message, problems);
  const held = input.applicantAttended;
  await w.tx
    .updateTable('reconsideration_hearings')
    .set({
      status: held ? 'held' : 'waived',
      held_on: heldOn,
      respondent_attendance: held ? (input.respondentAttendance ?? null) : null,
      respondent_attendee: held ? (input.respondentAttendee?.trim() ?? null) : null,
      head_absence_reason:
        held && input.respondentAttendance === 'entrusted' ? (input.hearingHeadAbsenceReason?.trim() ?? null) : null,
      record_text: held ? (input.hearingRecord ?? null) : null,
    })
    .where('region_code', '=', row.region_code)
    .where('id', '=', hearing.id)
    .execute();
  await recordCaseAct(w, row, {
    act: held ? 'hearing_held' : 'hearing_waived',
    on: heldOn,
    status: row.status,
    summary: held
      ? `举行听证，${respondentAttendanceLabels[input.respondentAttendance!]}（${input.respondentAttendee!.trim()}），听证笔录经核对签字`
      : '申请人无正当理由拒不参加听证，视为放弃听证权利（第五十一条第一款）',
    changes: { hearingId: hearing.id, heldOn, respondentAttendance: held ? input.respondentAttendance : null },
  });
}
