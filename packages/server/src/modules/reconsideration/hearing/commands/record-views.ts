// 第四十九条: 适用普通程序审理的行政复议案件，行政复议机构应当当面或者通过互联网、电话等方式听取当事人的意见，并将听取的
// 意见记录在案 — each hearing of a party's views recorded with how, when and what was said.
import { viewWayLabels, type ViewWay } from '@fazhi/core/reconsideration';
import { randomUUID } from 'node:crypto';
import { actDate } from '../../../../platform/act-date';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { caseForAct, recordCaseAct } from '../../workflow';

export interface ViewsInput {
  party: string;
  way: ViewWay;
  heardOn?: string | undefined;
  summary: string;
}

export async function recordViews(services: Services, ctx: WriteContext, id: string, input: ViewsInput) {
  return inWriteTransaction(services, ctx, (w) => recordViewsOn(services, w, id, input));
}

export async function recordViewsOn(services: Services, w: Writer, id: string, input: ViewsInput) {
  const { row } = await caseForAct(services, w, id, 'record-views');
  const heardOn = actDate(services, input.heardOn, 'heardOn');
  await w.tx
    .insertInto('reconsideration_case_views')
    .values({
      region_code: row.region_code,
      id: randomUUID(),
      case_id: row.id,
      party: input.party,
      way: input.way,
      heard_on: heardOn,
      summary: input.summary,
      recorded_by: w.ctx.actor?.userId ?? null,
    })
    .execute();
  await recordCaseAct(w, row, {
    act: 'views_heard',
    on: heardOn,
    status: row.status,
    summary: `${viewWayLabels[input.way]}听取${input.party}的意见并记录在案`,
    changes: { party: input.party, way: input.way },
  });
}
