// 回复司法建议、检察建议: the agency's written reply, once; after the region's period it is marked late (the deadline
// service closes the period as missed).
import { actDate } from '../../../platform/act-date';
import { closeDeadline } from '../../../platform/deadlines';
import { conflict, invalid } from '../../../platform/errors';
import type { Services } from '../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../platform/write';
import { RECOMMENDATION_SUBJECT } from '../catalogue';
import { loadRecommendation, recommendationTitle } from '../recommendation-support';
import type { ReplyRecommendationBody } from '../schemas';

export async function replyRecommendation(
  services: Services,
  ctx: WriteContext,
  id: string,
  input: ReplyRecommendationBody,
) {
  return inWriteTransaction(services, ctx, (w) => replyRecommendationOn(services, w, id, input));
}

export async function replyRecommendationOn(services: Services, w: Writer, id: string, input: ReplyRecommendationBody) {
  const { row, body } = await loadRecommendation(services, w.tx, w.ctx.actor, id, 'reply', true);
  if (row.replied_on) throw conflict('RECOMMENDATION_REPLIED', `该建议已于${row.replied_on}回复`);
  const on = actDate(services, input.recommendationRepliedOn, 'recommendationRepliedOn');
  if (on < row.received_on)
    throw invalid('REPLY_BEFORE_RECEIPT', `回复日期不能早于收到建议的日期（${row.received_on}）`, [
      { path: 'recommendationRepliedOn', message: `不能早于${row.received_on}` },
    ]);
  const closed = await closeDeadline(
    w,
    { regionCode: row.region_code, subjectType: RECOMMENDATION_SUBJECT, subjectId: row.id, kind: 'reply' },
    on,
  );
  const late = closed?.status === 'missed';
  await w.tx
    .updateTable('litigation_recommendations')
    .set({ replied_on: on, reply_text: input.recommendationReply, reply_late: late })
    .where('region_code', '=', row.region_code)
    .where('id', '=', row.id)
    .execute();
  await w.audit({
    regionCode: row.region_code,
    action: 'litigation_recommendation.replied',
    subjectType: RECOMMENDATION_SUBJECT,
    subjectId: row.id,
    summary: `${body.bodyName}于${on}书面回复${recommendationTitle(row)}${late ? `（逾期，期限为${closed?.due}）` : ''}`,
    changes: { repliedOn: on, late },
  });
}
