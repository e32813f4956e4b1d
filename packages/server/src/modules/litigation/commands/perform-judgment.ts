// 履行生效裁判: an effective outcome that obliges the agency (撤销后重作, 变更, 责令履行, 给付, a mediation's terms)
// is performed and recorded; not performing is what 行政诉讼法 第九十六条 sanctions.
import { outcomeTypes } from '@fazhi/core/litigation';
import { actDate } from '../../../platform/act-date';
import { conflict, invalid } from '../../../platform/errors';
import type { Services } from '../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../platform/write';
import { SUIT_SUBJECT } from '../catalogue';
import type { PerformBody } from '../schemas';
import { suitForAct } from '../workflow';

export async function performJudgment(services: Services, ctx: WriteContext, id: string, input: PerformBody) {
  return inWriteTransaction(services, ctx, (w) => performJudgmentOn(services, w, id, input));
}

export async function performJudgmentOn(services: Services, w: Writer, id: string, input: PerformBody) {
  const { row, body } = await suitForAct(services, w, id, 'perform');
  if (!row.outcome || !outcomeTypes[row.outcome].obliges)
    throw conflict('NOTHING_TO_PERFORM', '该裁判未课以行政机关履行义务，无需记录履行情况');
  const on = actDate(services, input.judgmentPerformedOn, 'judgmentPerformedOn');
  if (row.concluded_on && on < row.concluded_on)
    throw invalid('PERFORMED_BEFORE_EFFECT', `履行日期不能早于裁判生效日期（${row.concluded_on}）`, [
      { path: 'judgmentPerformedOn', message: `不能早于${row.concluded_on}` },
    ]);
  await w.tx
    .updateTable('litigation_suits')
    .set({ status: 'performed', performed_on: on, performance_note: input.performanceNote })
    .where('region_code', '=', row.region_code)
    .where('id', '=', row.id)
    .execute();
  await w.audit({
    regionCode: row.region_code,
    action: 'litigation_suit.performed',
    subjectType: SUIT_SUBJECT,
    subjectId: row.id,
    summary: `${body.bodyName}于${on}履行${row.suit_number}生效裁判`,
    changes: { performedOn: on },
  });
}
