// 决定启动 (第十条、第十一条): the decision body decides, on the researched proposal, whether to start the
// procedure, and names the 承办单位 (the catalogue item's, or another unit of its region). Not starting ends it.
import { actDate } from '../../../../platform/act-date';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { sponsorIn } from '../../support';
import { decisionForAct, recordDecisionAct } from '../workflow';

export interface DecideStartInput {
  start: boolean;
  startRecord: string;
  decidedOn?: string | undefined;
  sponsorOrgId?: string | undefined;
}

export async function decideStart(services: Services, ctx: WriteContext, id: string, input: DecideStartInput) {
  return inWriteTransaction(services, ctx, (w) => decideStartOn(services, w, id, input));
}

export async function decideStartOn(services: Services, w: Writer, id: string, input: DecideStartInput) {
  const { row } = await decisionForAct(services, w, id, 'decideStart');
  const decidedOn = actDate(services, input.decidedOn, 'decidedOn', '决定日期');
  const sponsor =
    input.sponsorOrgId && input.sponsorOrgId !== row.sponsor_org_id
      ? await sponsorIn(w.tx, row.region_code, input.sponsorOrgId)
      : { id: row.sponsor_org_id, name: row.sponsor_name };
  await w.tx
    .updateTable('decision_records')
    .set({ start_decided_on: decidedOn, start_record: input.startRecord, sponsor_org_id: sponsor.id })
    .where('region_code', '=', row.region_code)
    .where('id', '=', row.id)
    .execute();
  await recordDecisionAct(w, row, {
    act: input.start ? 'start_decided' : 'not_started',
    on: decidedOn,
    status: input.start ? 'drafting' : 'not_started',
    summary: input.start
      ? `决定启动决策程序（${input.startRecord}），承办单位：${sponsor.name}`
      : `决定不启动决策程序（${input.startRecord}）`,
    changes: { start: input.start, startRecord: input.startRecord, sponsorOrgId: sponsor.id },
  });
}
