// 公告听证会 (第十六条): where the decision's hearing applies, the 承办单位 publishes the hearing's date and place,
// the participant-selection rules and the participant list (shown on the portal as an open hearing), and records
// when the materials were sent: at least 7 days before the hearing (第十六条第三款), the latest day computed by the
// calendar engine with the region's calendar and kept with its explanation; a later sending is refused.
import { randomUUID } from 'node:crypto';
import { checkHearingNotice, decisionArticle, hearingMaterialsDue } from '@fazhi/core/major-decisions';
import { actDate } from '../../../../../platform/act-date';
import { loadCalendarContext } from '../../../../../platform/deadlines';
import { invalid, type FieldError } from '../../../../../platform/errors';
import type { Services } from '../../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../../platform/write';
import { decisionForAct, recordDecisionAct } from '../../workflow';
import type { AnnounceHearingBody } from '../schemas';
import { requireApplicable } from './applicable';

export async function announceHearing(services: Services, ctx: WriteContext, id: string, input: AnnounceHearingBody) {
  return inWriteTransaction(services, ctx, (w) => announceHearingOn(services, w, id, input));
}

/**
 * How to apply and by when, where the participants are selected from applicants: both or neither, the last day
 * between the announcement and the sending of the materials to those selected (第十六条: the list is published and
 * the materials reach them 7 days before the hearing), every problem at once.
 */
function applicationOf(input: AnnounceHearingBody, announcedOn: string) {
  const method = input.applicationMethod?.trim() || null;
  const closesOn = input.applicationClosesOn ?? null;
  if (!method && !closesOn) return null;
  const fields: FieldError[] = [];
  if (!method) fields.push({ path: 'applicationMethod', message: '请填写报名方式' });
  if (!closesOn) fields.push({ path: 'applicationClosesOn', message: '请选择报名截止日期' });
  else if (closesOn < announcedOn || closesOn > input.materialsSentOn)
    fields.push({ path: 'applicationClosesOn', message: '应在公告日期之后、听证会材料送达日期之前' });
  if (fields.length)
    throw invalid(
      'HEARING_APPLICATION_INVALID',
      `听证报名方式和报名截止日期应当一并公告，报名截止日期应在公告之后、遴选听证参加人并送达听证会材料之前（${decisionArticle('第十六条')}）`,
      fields,
    );
  return { method: method!, closesOn: closesOn! };
}

export async function announceHearingOn(
  services: Services,
  w: Writer,
  id: string,
  input: AnnounceHearingBody,
  opts: { isDemo?: boolean } = {},
) {
  const { row } = await decisionForAct(services, w, id, 'announceHearing');
  requireApplicable(row, 'hearing');
  const announcedOn = actDate(services, input.announcedOn, 'announcedOn', '听证会公告日期');
  const materialsSentOn = actDate(services, input.materialsSentOn, 'materialsSentOn', '听证会材料送达日期');
  if (input.hearingOn < announcedOn)
    throw invalid(
      'HEARING_DATE_INVALID',
      `听证会日期不能早于公告日期，听证时间应当提前公布（${decisionArticle('第十六条')}）`,
      [{ path: 'hearingOn', message: '不能早于公告日期' }],
    );
  const application = applicationOf(input, announcedOn);
  const { calendar, settings } = await loadCalendarContext(w.tx, row.region_code);
  const notice = checkHearingNotice({ calendar, settings }, { hearingOn: input.hearingOn, materialsSentOn });
  if (!notice.ok)
    throw invalid('HEARING_NOTICE_LATE', notice.message, [
      { path: 'materialsSentOn', message: `最迟${notice.latest}送达` },
    ]);
  const due = hearingMaterialsDue({ calendar, settings }, input.hearingOn);
  const participants = input.participants.map((p) => p.trim()).filter(Boolean);
  await w.tx
    .insertInto('decision_hearings')
    .values({
      region_code: row.region_code,
      id: randomUUID(),
      decision_id: row.id,
      hearing_on: input.hearingOn,
      place: input.hearingPlace,
      selection_rules: input.selectionRules,
      participants: JSON.stringify(participants),
      announced_on: announcedOn,
      materials_sent_on: materialsSentOn,
      materials_due: due.due,
      materials_explanation: JSON.stringify(due.explanation),
      application_method: application?.method ?? null,
      application_closes_on: application?.closesOn ?? null,
      is_demo: opts.isDemo ?? row.is_demo,
    })
    .execute();
  await recordDecisionAct(w, row, {
    act: 'hearing_announced',
    on: announcedOn,
    status: row.status,
    summary: `公告听证会：${input.hearingOn}在${input.hearingPlace}举行，听证参加人${participants.length}名，听证会材料于${materialsSentOn}送达（最迟${due.due}）`,
    changes: { hearingOn: input.hearingOn, participants: participants.length, materialsSentOn, materialsDue: due.due },
  });
}
