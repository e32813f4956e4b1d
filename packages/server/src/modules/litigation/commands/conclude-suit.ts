// 上诉或者生效: within the appeal period a party appealed (the second instance is then registered as its own suit,
// naming this one), or the period ran out and the outcome took effect. Either closes the appeal period.
import { actDate } from '../../../platform/act-date';
import { closeDeadline } from '../../../platform/deadlines';
import { invalid } from '../../../platform/errors';
import type { Services } from '../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../platform/write';
import { SUIT_SUBJECT } from '../catalogue';
import type { ConcludeBody } from '../schemas';
import { suitForAct } from '../workflow';

export async function concludeSuit(services: Services, ctx: WriteContext, id: string, input: ConcludeBody) {
  return inWriteTransaction(services, ctx, (w) => concludeSuitOn(services, w, id, input));
}

export async function concludeSuitOn(services: Services, w: Writer, id: string, input: ConcludeBody) {
  const { row, body } = await suitForAct(services, w, id, 'conclude');
  const on = actDate(services, input.appealOrEffectOn, 'appealOrEffectOn');
  const problems = [];
  if (row.outcome_served_on && on < row.outcome_served_on)
    problems.push({ path: 'appealOrEffectOn', message: `不能早于收到裁判文书的日期（${row.outcome_served_on}）` });
  if (input.appealFiled && !input.appealedBy)
    problems.push({ path: 'appealedBy', message: '提起上诉的，请填写上诉人' });
  if (problems.length) throw invalid('CONCLUSION_INVALID', problems[0]!.message, problems);
  const closed = await closeDeadline(
    w,
    { regionCode: row.region_code, subjectType: SUIT_SUBJECT, subjectId: row.id, kind: 'appeal' },
    on,
    !input.appealFiled,
  );
  if (input.appealFiled && closed?.status === 'missed')
    throw invalid('APPEAL_OUT_OF_TIME', `上诉期限已于${closed.due}届满（行政诉讼法第八十五条）`, [
      { path: 'appealOrEffectOn', message: `上诉期限至${closed.due}` },
    ]);
  if (!input.appealFiled && closed && on <= closed.due)
    throw invalid('APPEAL_PERIOD_RUNNING', `上诉期限至${closed.due}届满，届满后裁判方发生法律效力`, [
      { path: 'appealOrEffectOn', message: `应晚于${closed.due}` },
    ]);
  await w.tx
    .updateTable('litigation_suits')
    .set({
      status: input.appealFiled ? 'appealed' : 'effective',
      appealed: input.appealFiled,
      appealed_by: input.appealFiled ? (input.appealedBy ?? null) : null,
      concluded_on: on,
    })
    .where('region_code', '=', row.region_code)
    .where('id', '=', row.id)
    .execute();
  await w.audit({
    regionCode: row.region_code,
    action: 'litigation_suit.concluded',
    subjectType: SUIT_SUBJECT,
    subjectId: row.id,
    summary: input.appealFiled
      ? `${row.suit_number}：${input.appealedBy}于${on}提起上诉`
      : `${row.suit_number}：上诉期届满未上诉，裁判于${on}发生法律效力（${body.bodyName}）`,
    changes: { appealed: input.appealFiled, on },
  });
}
