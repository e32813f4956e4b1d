// 向同级党委请示报告 (第三十一条): a decision adopted by the meeting is reported to the same-level Party committee
// before it is issued; the report (or the committee's reply) is recorded with its date.
import { actDate } from '../../../../platform/act-date';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { decisionForAct, recordDecisionAct } from '../workflow';

export interface PartyReportInput {
  reportedOn?: string | undefined;
  reportRecord: string;
}

export async function reportToParty(services: Services, ctx: WriteContext, id: string, input: PartyReportInput) {
  return inWriteTransaction(services, ctx, (w) => reportToPartyOn(services, w, id, input));
}

export async function reportToPartyOn(services: Services, w: Writer, id: string, input: PartyReportInput) {
  const { row } = await decisionForAct(services, w, id, 'reportToParty');
  const reportedOn = actDate(services, input.reportedOn, 'reportedOn', '请示报告日期');
  await w.tx
    .updateTable('decision_records')
    .set({ party_reported_on: reportedOn, party_report_record: input.reportRecord })
    .where('region_code', '=', row.region_code)
    .where('id', '=', row.id)
    .execute();
  await recordDecisionAct(w, row, {
    act: 'reported_to_party',
    on: reportedOn,
    status: row.status,
    summary: `向同级党委请示报告（${input.reportRecord}）`,
    changes: { reportRecord: input.reportRecord },
  });
}
