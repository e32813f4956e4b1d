// 组织听证 (第五十条、第五十一条第一款): the office decides to hear an ordinary case — it must for a major, complicated
// case, it may when it thinks it necessary or the applicant asks —, names the panel and notifies the parties in
// writing of the time, place and issues at least five working days before. The latest day of that notice is counted
// back from the hearing by the calendar engine (rule reconsideration.hearing-notice) and stored on the case through
// the deadline service, met on the day the notice went out; a later notice is refused with every other problem.
import {
  HEARING_NOTICE_RULE,
  hearingGroundLabels,
  hearingNoticeProblem,
  hearingProcedureProblem,
  panelProblems,
  type HearingGround,
} from '@fazhi/core/reconsideration';
import { randomUUID } from 'node:crypto';
import { actDate } from '../../../../platform/act-date';
import { closeDeadline, computeFor, setDeadline } from '../../../../platform/deadlines';
import { conflict, invalid, type FieldError } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { CASE_SUBJECT } from '../../catalogue';
import { handlerChoices } from '../../handlers';
import { caseForAct, caseLink, caseTitle, recordCaseAct } from '../../workflow';

/** The deadline kind of the written notice, on the case. */
export const HEARING_NOTICE = 'hearing-notice';

export interface ScheduleHearingInput {
  hearingGround: HearingGround;
  hearingOn: string;
  hearingPlace: string;
  hearingIssues: string;
  presidingId: string;
  panelOfficerIds: string[];
  recorderName: string;
  /** the day the written notice went to the parties; today when not given */
  hearingNoticeOn?: string | undefined;
}

export async function scheduleHearing(services: Services, ctx: WriteContext, id: string, input: ScheduleHearingInput) {
  return inWriteTransaction(services, ctx, (w) => scheduleHearingOn(services, w, id, input));
}

export async function scheduleHearingOn(services: Services, w: Writer, id: string, input: ScheduleHearingInput) {
  const { row } = await caseForAct(services, w, id, 'schedule-hearing');
  const open = await w.tx
    .selectFrom('reconsideration_hearings')
    .select('hearing_on')
    .where('region_code', '=', row.region_code)
    .where('case_id', '=', row.id)
    .where('status', '=', 'scheduled')
    .executeTakeFirst();
  if (open) throw conflict('HEARING_ALREADY_SCHEDULED', `本案已安排于${open.hearing_on}举行听证，尚未记录听证情况`);
  const noticeOn = actDate(services, input.hearingNoticeOn, 'hearingNoticeOn');
  const problems: FieldError[] = [];
  const procedure = hearingProcedureProblem(row.procedure);
  if (procedure) problems.push({ path: 'hearingGround', message: procedure });
  if (input.hearingGround === 'major' && !row.major)
    problems.push({ path: 'hearingGround', message: '本案未认定为重大、疑难、复杂案件，请选择第五十条第二款的情形' });
  if (row.accepted_on && noticeOn < row.accepted_on)
    problems.push({ path: 'hearingNoticeOn', message: `不得早于受理日期 ${row.accepted_on}` });
  const staff = new Set((await handlerChoices(services, w.tx, row.office_org_id)).map((u) => u.id));
  problems.push(
    ...panelProblems(
      { presidingId: input.presidingId, officerIds: input.panelOfficerIds, recorderName: input.recorderName },
      staff,
    ),
  );
  const spec = {
    regionCode: row.region_code,
    subjectType: CASE_SUBJECT,
    subjectId: row.id,
    subjectTitle: caseTitle(row),
    link: caseLink(row.id),
    kind: HEARING_NOTICE,
    label: '书面通知当事人听证的时间、地点和拟听证事项',
    ruleId: HEARING_NOTICE_RULE,
    from: input.hearingOn,
    responsibleOrgId: row.office_org_id,
  };
  const latest = (await computeFor(w.tx, spec)).due;
  const late = hearingNoticeProblem(noticeOn, latest, input.hearingOn);
  if (late) problems.push({ path: 'hearingNoticeOn', message: late });
  if (problems.length) throw invalid('HEARING_INVALID', problems[0]!.message, problems);
  await setDeadline(w, spec);
  await closeDeadline(w, spec, noticeOn);
  const hearingId = randomUUID();
  await w.tx
    .insertInto('reconsideration_hearings')
    .values({
      region_code: row.region_code,
      id: hearingId,
      case_id: row.id,
      ground: input.hearingGround,
      status: 'scheduled',
      hearing_on: input.hearingOn,
      place: input.hearingPlace,
      issues: input.hearingIssues,
      presiding_id: input.presidingId,
      officer_ids: JSON.stringify(input.panelOfficerIds),
      recorder_name: input.recorderName.trim(),
      notice_on: noticeOn,
      notice_due: latest,
      scheduled_by: w.ctx.actor?.userId ?? null,
    })
    .execute();
  await recordCaseAct(w, row, {
    act: 'hearing_scheduled',
    on: noticeOn,
    status: row.status,
    summary: `决定于${input.hearingOn}在${input.hearingPlace}举行听证（${hearingGroundLabels[input.hearingGround]}），已于${noticeOn}书面通知当事人（最迟${latest}）`,
    changes: { hearingId, ground: input.hearingGround, hearingOn: input.hearingOn, noticeOn, noticeDue: latest },
  });
  return { hearingId };
}
