// 起诉状副本送达: the day the agency received the complaint's copy starts its fifteen days to submit the defence, the
// evidence and the normative documents it relied on (行政诉讼法 第六十七条第一款; late evidence counts as none,
// 第三十四条第二款). The service is recorded on the shared case record; the period on the deadline service.
import { actDate } from '../../../platform/act-date';
import { recordServiceOn } from '../../../platform/cases/service-records';
import { setDeadline } from '../../../platform/deadlines';
import { invalid } from '../../../platform/errors';
import type { Services } from '../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../platform/write';
import { SUIT_SUBJECT } from '../catalogue';
import type { ServeBody } from '../schemas';
import { suitForAct, suitLink, suitRef, suitTitle } from '../workflow';

export async function serveComplaint(services: Services, ctx: WriteContext, id: string, input: ServeBody) {
  return inWriteTransaction(services, ctx, (w) => serveComplaintOn(services, w, id, input));
}

export async function serveComplaintOn(services: Services, w: Writer, id: string, input: ServeBody) {
  const { row, body } = await suitForAct(services, w, id, 'serve');
  const servedOn = actDate(services, input.complaintServedOn, 'complaintServedOn');
  if (servedOn < row.filed_on)
    throw invalid('SERVED_BEFORE_FILING', `收到起诉状副本的日期不能早于立案日期（${row.filed_on}）`, [
      { path: 'complaintServedOn', message: `不能早于${row.filed_on}` },
    ]);
  await recordServiceOn(w, suitRef(row), {
    paper: '起诉状副本及应诉通知书',
    partyId: null,
    recipient: body.bodyName,
    method: input.serviceMethod,
    servedOn,
  });
  await setDeadline(w, {
    regionCode: row.region_code,
    subjectType: SUIT_SUBJECT,
    subjectId: row.id,
    kind: 'defence',
    label: '提交答辩状、证据和规范性文件',
    subjectTitle: suitTitle(row),
    link: suitLink(row.id),
    ruleId: 'litigation.defence',
    from: servedOn,
    responsibleOrgId: row.body_org_id,
  });
  await w.tx
    .updateTable('litigation_suits')
    .set({ status: 'answering', complaint_served_on: servedOn })
    .where('region_code', '=', row.region_code)
    .where('id', '=', row.id)
    .execute();
  await w.audit({
    regionCode: row.region_code,
    action: 'litigation_suit.complaint_served',
    subjectType: SUIT_SUBJECT,
    subjectId: row.id,
    summary: `${body.bodyName}于${servedOn}收到${row.suit_number}起诉状副本，应于十五日内提交答辩状和证据`,
    changes: { servedOn },
  });
}
