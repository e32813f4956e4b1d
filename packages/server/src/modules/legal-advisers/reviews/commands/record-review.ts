// 合法性审查意见 on a contract, meeting topic or other document, through the shared desk's act: the kind's checklist,
// the opinion with its individual opinions counted, the result (通过, 修改后通过, 不予通过) and the counsel. Counsel
// named from the registry are linked by id (their name and role read from it, never typed twice), and each such
// adviser's engagement is recorded from the review, so the year's engagements count it.
import type { EngagementKind, ReviewMatterKind } from '@fazhi/core/legal-advisers';
import { invalid } from '../../../../platform/errors';
import { recordSubjectReviewOn } from '../../../../platform/participation/review-commands';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { recordEngagementOn } from '../../advisers/commands/record-engagement';
import { matterSubjectOf } from '../../catalogue';
import type { ReviewBody } from '../../schemas';
import { counselChoices } from '../../lend';

const engagementKindOf: Record<ReviewMatterKind, EngagementKind> = {
  contract: 'contract',
  meeting_topic: 'meeting',
  document: 'other',
};

export async function recordMatterReview(services: Services, ctx: WriteContext, id: string, input: ReviewBody) {
  return inWriteTransaction(services, ctx, (w) => recordMatterReviewOn(services, w, id, input));
}

export async function recordMatterReviewOn(
  services: Services,
  w: Writer,
  id: string,
  input: ReviewBody,
  opts: { isDemo?: boolean } = {},
) {
  {
    const matter = await w.tx
      .selectFrom('legal_review_matters')
      .select(['region_code', 'kind', 'title'])
      .where('id', '=', id)
      .executeTakeFirst();
    // a missing matter is answered by the shared act (404 naming the kind); the registry lookup needs the region
    const registered = matter ? await counselChoices(w.tx, matter.region_code) : [];
    const byId = new Map(registered.map((a) => [a.id, a]));
    const counsel = input.counsel.map((c, i) => {
      if (!c.adviserId) return { name: c.name, role: c.role };
      const a = byId.get(c.adviserId);
      if (!a)
        throw invalid('COUNSEL_NOT_REGISTERED', '所选法律顾问或公职律师不在本地区的登记名册中', [
          { path: `counsel.${i}.adviserId`, message: '不在登记名册中' },
        ]);
      return { name: a.name, role: a.role, adviserId: a.id };
    });
    const subject = matter ? matterSubjectOf[matter.kind] : matterSubjectOf.contract;
    const reviewed = await recordSubjectReviewOn(services, w, subject, id, { ...input, counsel });
    const concludedOn = input.concludedOn ?? services.clock.today();
    for (const c of counsel)
      if (c.adviserId && matter)
        await recordEngagementOn(
          w,
          c.adviserId,
          {
            kind: engagementKindOf[matter.kind],
            matter: `合法性审查：${matter.title}`,
            engagedOn: concludedOn,
            opinion: input.opinion,
            signedOn: concludedOn,
          },
          { reviewId: reviewed.reviewId, isDemo: opts.isDemo ?? false },
        );
    return reviewed;
  }
}
