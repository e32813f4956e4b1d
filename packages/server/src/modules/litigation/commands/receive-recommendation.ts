// 登记司法建议、检察建议: the agency records a recommendation it received — from a court (行政诉讼法 第六十六条第二款、
// 第九十六条) or a procuratorate (第二十五条第四款) —, linked to a suit when it came from one. Its reply is owed within
// the region's period (no statute in the reference fixes one: the overridable rule litigation.recommendation-reply).
import { randomUUID } from 'node:crypto';
import { recommendationSourceLabels } from '@fazhi/core/litigation';
import { actDate } from '../../../platform/act-date';
import { setDeadline } from '../../../platform/deadlines';
import { notFound } from '../../../platform/errors';
import type { Services } from '../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../platform/write';
import { RECOMMENDATION_SUBJECT } from '../catalogue';
import { agencyForRecommendation, recommendationLink, recommendationTitle } from '../recommendation-support';
import type { ReceiveRecommendationBody } from '../schemas';

export async function receiveRecommendation(services: Services, ctx: WriteContext, input: ReceiveRecommendationBody) {
  return inWriteTransaction(services, ctx, (w) => receiveRecommendationOn(services, w, input));
}

export async function receiveRecommendationOn(
  services: Services,
  w: Writer,
  input: ReceiveRecommendationBody,
  opts: { isDemo?: boolean } = {},
) {
  const body = await agencyForRecommendation(services, w.tx, w.ctx.actor, input.defendingBodyId, 'reply');
  const receivedOn = actDate(services, input.recommendationReceivedOn, 'recommendationReceivedOn');
  if (input.suitId) {
    const suit = await w.tx
      .selectFrom('litigation_suits')
      .select('id')
      .where('region_code', '=', body.regionCode)
      .where('id', '=', input.suitId)
      .where('body_org_id', '=', input.defendingBodyId)
      .executeTakeFirst();
    if (!suit) throw notFound('关联的行政诉讼案件');
  }
  const id = randomUUID();
  await w.tx
    .insertInto('litigation_recommendations')
    .values({
      region_code: body.regionCode,
      id,
      body_org_id: input.defendingBodyId,
      suit_id: input.suitId ?? null,
      source: input.recommendationSource,
      issuer: input.recommendationIssuer,
      recommendation_number: input.recommendationNumber,
      received_on: receivedOn,
      content: input.recommendationContent,
      recorded_by: w.ctx.actor?.userId ?? null,
      is_demo: opts.isDemo ?? false,
    })
    .execute();
  const title = recommendationTitle({
    source: input.recommendationSource,
    recommendation_number: input.recommendationNumber,
  });
  await setDeadline(w, {
    regionCode: body.regionCode,
    subjectType: RECOMMENDATION_SUBJECT,
    subjectId: id,
    kind: 'reply',
    label: `书面回复${recommendationSourceLabels[input.recommendationSource]}`,
    subjectTitle: title,
    link: recommendationLink(),
    ruleId: 'litigation.recommendation-reply',
    from: receivedOn,
    responsibleOrgId: input.defendingBodyId,
  });
  await w.audit({
    regionCode: body.regionCode,
    action: 'litigation_recommendation.received',
    subjectType: RECOMMENDATION_SUBJECT,
    subjectId: id,
    summary: `${body.bodyName}于${receivedOn}收到${input.recommendationIssuer}${title}`,
    changes: { receivedOn, source: input.recommendationSource, suitId: input.suitId ?? null },
  });
  return { id };
}
