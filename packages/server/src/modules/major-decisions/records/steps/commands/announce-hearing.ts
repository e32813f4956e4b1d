// 公告听证会 (第十六条): where the decision's hearing applies, the 承办单位 publishes the hearing's date and place,
// the participant-selection rules and the participant list (shown on the portal as an open hearing), and records
// when the materials were sent: at least 7 days before the hearing (第十六条第三款), the latest day computed by the
// calendar engine with the region's calendar and kept with its explanation; a later sending is refused.
import { randomUUID } from 'node:crypto';
import { checkHearingNotice, decisionArticle, hearingMaterialsDue } from '@fazhi/core/major-decisions';
import { actDate } from '../../../../../platform/act-date';
import { loadCalendarContext } from '../../../../../platform/deadlines';
import { invalid } from '../../../../../platform/errors';
import type { Services } from '../../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../../platform/write';
import { decisionForAct, recordDecisionAct } from '../../workflow';
import type { AnnounceHearingBody } from '../schemas';
import { requireApplicable } from './applicable';

export async function announceHearing(services: Services, ctx: WriteContext, id: string, input: AnnounceHearingBody) {
  return inWriteTransaction(services, ctx, (w) => announceHearingOn(services, w, id, input));
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
