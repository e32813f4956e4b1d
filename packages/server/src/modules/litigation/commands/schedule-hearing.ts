// 开庭: the court's hearing day and room, and — when the court calls the head (法释〔2020〕3号 第四条) — the day its
// 出庭通知书 reached the agency, marked late when fewer than three days before the hearing (第五条, the calendar
// engine's rule counted back from the hearing). When the head must appear (the court called or the region's rule) and
// has not yet, the identity certificate owed before the hearing (第六条) goes on the deadline service, so the agency
// sees it on its workbench, warned as the day nears.
import { randomUUID } from 'node:crypto';
import { computeFor, setDeadline } from '../../../platform/deadlines';
import { invalid } from '../../../platform/errors';
import type { Services } from '../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../platform/write';
import { SUIT_SUBJECT } from '../catalogue';
import { headReasonsOf } from '../head-rule';
import type { HearingBody } from '../schemas';
import { suitForAct, suitLink, suitTitle } from '../workflow';

export async function scheduleHearing(services: Services, ctx: WriteContext, id: string, input: HearingBody) {
  return inWriteTransaction(services, ctx, (w) => scheduleHearingOn(services, w, id, input));
}

export async function scheduleHearingOn(services: Services, w: Writer, id: string, input: HearingBody) {
  const { row, body } = await suitForAct(services, w, id, 'hearing');
  if (input.courtHearingOn < row.filed_on)
    throw invalid('HEARING_BEFORE_FILING', `开庭日期不能早于立案日期（${row.filed_on}）`, [
      { path: 'courtHearingOn', message: `不能早于${row.filed_on}` },
    ]);
  if (input.appearanceNoticeOn && input.appearanceNoticeOn > services.clock.today())
    throw invalid('DATE_IN_FUTURE', '收到出庭通知书日期不能晚于今天', [
      { path: 'appearanceNoticeOn', message: '不能晚于今天' },
    ]);
  let noticeLate = false;
  if (input.appearanceNoticeOn) {
    const latest = await computeFor(w.tx, {
      regionCode: row.region_code,
      subjectType: SUIT_SUBJECT,
      subjectId: row.id,
      kind: 'appearance-notice',
      label: '送达负责人出庭应诉通知书',
      subjectTitle: suitTitle(row),
      ruleId: 'litigation.appearance-notice',
      from: input.courtHearingOn,
      responsibleOrgId: row.body_org_id,
    });
    noticeLate = input.appearanceNoticeOn > latest.due;
  }
  const courtCalled = [...new Set([...row.court_called, ...input.courtCalledGrounds])];
  const hearingId = randomUUID();
  await w.tx
    .insertInto('litigation_hearings')
    .values({
      region_code: row.region_code,
      id: hearingId,
      suit_id: row.id,
      hearing_on: input.courtHearingOn,
      court_room: input.courtRoom,
      notice_served_on: input.appearanceNoticeOn ?? null,
      notice_late: noticeLate,
    })
    .execute();
  await w.tx
    .updateTable('litigation_suits')
    .set({ court_called: courtCalled })
    .where('region_code', '=', row.region_code)
    .where('id', '=', row.id)
    .execute();
  const appeared = await w.tx
    .selectFrom('litigation_hearings')
    .select('id')
    .where('region_code', '=', row.region_code)
    .where('suit_id', '=', row.id)
    .where('appearance', '=', 'head')
    .executeTakeFirst();
  const reasons = await headReasonsOf(w.tx, { ...row, court_called: courtCalled });
  if (reasons.length && !appeared)
    await setDeadline(w, {
      regionCode: row.region_code,
      subjectType: SUIT_SUBJECT,
      subjectId: row.id,
      kind: 'head-certificate',
      label: '负责人出庭应诉：提交身份证明',
      subjectTitle: suitTitle(row),
      link: suitLink(row.id),
      ruleId: 'litigation.head-identity-certificate',
      from: input.courtHearingOn,
      responsibleOrgId: row.body_org_id,
    });
  await w.audit({
    regionCode: row.region_code,
    action: 'litigation_suit.hearing_scheduled',
    subjectType: SUIT_SUBJECT,
    subjectId: row.id,
    summary: `${row.suit_number}定于${input.courtHearingOn}在${input.courtRoom}开庭${
      reasons.length ? `，${body.bodyName}负责人应当出庭应诉` : ''
    }${noticeLate ? '（出庭通知书送达不足三日）' : ''}`,
    changes: { hearingId, hearingOn: input.courtHearingOn, noticeLate, headRequired: reasons.length > 0 },
  });
  return { id: hearingId };
}
