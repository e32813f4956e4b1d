// 记录参与事项: a matter an adviser took part in (重大行政决策, 规范性文件, 合同, 诉讼/复议, 信访, 会议, 其他), the day and
// the opinion as the adviser signed it, so that the year's figure (seed 004: 67件次) is counted from records. A
// review on the shared desk that names a registered adviser records its engagement itself (reviews/commands).
import { randomUUID } from 'node:crypto';
import { engagementKindLabels, type EngagementKind } from '@fazhi/core/legal-advisers';
import { actDate } from '../../../../platform/act-date';
import { asNotFound, unitForAct } from '../../../../platform/access/unit-record';
import { invalid, notFound } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { ADVISER_SUBJECT } from '../../catalogue';
import { legalAdviserPolicy } from '../../policy';
import type { RecordEngagementBody } from '../../schemas';

export async function recordEngagement(
  services: Services,
  ctx: WriteContext,
  adviserId: string,
  input: RecordEngagementBody,
) {
  return inWriteTransaction(services, ctx, async (w) => {
    const adviser = await w.tx
      .selectFrom('legal_advisers')
      .select(['unit_id'])
      .where('id', '=', adviserId)
      .executeTakeFirst();
    if (!adviser) throw notFound('法律顾问或公职律师');
    await unitForAct(services, w.tx, w.ctx.actor, adviser.unit_id, legalAdviserPolicy, 'manage', '单位').catch(
      asNotFound('法律顾问或公职律师'),
    );
    const engagedOn = actDate(services, input.engagedOn, 'engagedOn');
    const signedOn = actDate(services, input.signedOn ?? engagedOn, 'signedOn');
    if (signedOn < engagedOn)
      throw invalid('SIGNED_BEFORE_ENGAGED', '签署日期不能早于参与日期', [
        { path: 'signedOn', message: '不能早于参与日期' },
      ]);
    return recordEngagementOn(w, adviserId, {
      kind: input.engagementKind,
      matter: input.engagementMatter,
      engagedOn,
      opinion: input.adviserOpinion,
      signedOn,
    });
  });
}

/** The engagement written in the caller's transaction (the caller located the adviser and decided the act). */
export async function recordEngagementOn(
  w: Writer,
  adviserId: string,
  e: { kind: EngagementKind; matter: string; engagedOn: string; opinion: string; signedOn: string },
  opts: { reviewId?: string; isDemo?: boolean } = {},
) {
  const adviser = await w.tx
    .selectFrom('legal_advisers')
    .select(['region_code', 'name'])
    .where('id', '=', adviserId)
    .executeTakeFirstOrThrow();
  const id = randomUUID();
  await w.tx
    .insertInto('legal_adviser_engagements')
    .values({
      region_code: adviser.region_code,
      id,
      adviser_id: adviserId,
      kind: e.kind,
      matter: e.matter,
      engaged_on: e.engagedOn,
      opinion: e.opinion,
      signed_on: e.signedOn,
      review_id: opts.reviewId ?? null,
      recorded_by: w.ctx.actor?.userId ?? null,
      is_demo: opts.isDemo ?? false,
    })
    .execute();
  await w.audit({
    regionCode: adviser.region_code,
    action: 'legal_adviser.engagement_recorded',
    subjectType: ADVISER_SUBJECT,
    subjectId: adviserId,
    summary: `${adviser.name}参与${engagementKindLabels[e.kind]}事项“${e.matter}”并出具法律意见`,
    changes: { engagementId: id, kind: e.kind, engagedOn: e.engagedOn, reviewId: opts.reviewId ?? null },
  });
  return { id };
}
