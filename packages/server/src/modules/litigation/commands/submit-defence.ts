// 提交答辩状和证据: recorded with its day; after the fifteen days of 第六十七条 it is marked late (the deadline service
// closes the period as missed), since evidence given late counts as none unless the court allows it (第三十四条第二款).
import { actDate } from '../../../platform/act-date';
import { closeDeadline } from '../../../platform/deadlines';
import { invalid } from '../../../platform/errors';
import type { Services } from '../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../platform/write';
import { SUIT_SUBJECT } from '../catalogue';
import type { DefendBody } from '../schemas';
import { suitForAct } from '../workflow';

export async function submitDefence(services: Services, ctx: WriteContext, id: string, input: DefendBody) {
  return inWriteTransaction(services, ctx, (w) => submitDefenceOn(services, w, id, input));
}

export async function submitDefenceOn(services: Services, w: Writer, id: string, input: DefendBody) {
  const { row, body } = await suitForAct(services, w, id, 'defend');
  const submittedOn = actDate(services, input.defenceSubmittedOn, 'defenceSubmittedOn');
  if (row.complaint_served_on && submittedOn < row.complaint_served_on)
    throw invalid(
      'DEFENCE_BEFORE_SERVICE',
      `提交答辩状的日期不能早于收到起诉状副本的日期（${row.complaint_served_on}）`,
      [{ path: 'defenceSubmittedOn', message: `不能早于${row.complaint_served_on}` }],
    );
  const closed = await closeDeadline(
    w,
    { regionCode: row.region_code, subjectType: SUIT_SUBJECT, subjectId: row.id, kind: 'defence' },
    submittedOn,
  );
  const late = closed?.status === 'missed';
  await w.tx
    .updateTable('litigation_suits')
    .set({
      status: 'answered',
      defence_submitted_on: submittedOn,
      defence_late: late,
      evidence_note: input.evidenceNote,
    })
    .where('region_code', '=', row.region_code)
    .where('id', '=', row.id)
    .execute();
  await w.audit({
    regionCode: row.region_code,
    action: 'litigation_suit.defence_submitted',
    subjectType: SUIT_SUBJECT,
    subjectId: row.id,
    summary: `${body.bodyName}于${submittedOn}就${row.suit_number}提交答辩状和证据${late ? `（逾期，期限为${closed?.due}）` : ''}`,
    changes: { submittedOn, late },
  });
}
