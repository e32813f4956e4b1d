// The reviewer's desk over every lent kind: the pending reviews the actor may conclude (through the scope
// chokepoint on the reviewing body, with each kind's own review action), and one subject's review package — the
// draft, the package its module assembled, the answered comments, the subject's checklist, the floor and ceiling of
// the review time with their articles, and the earlier rounds with their opinions and counsel.
import { commentAnswerLabels, reviewResultLabels } from '@fazhi/core/participation';
import type { Actor } from '../access/actor';
import { scopeFilter } from '../access/scope';
import type { Services } from '../services';
import { commentsOf } from './consultation-queries';
import { subjectOnDesk } from './policy';
import { reviewPeriod } from './review-commands';
import { subjectLabel } from './subjects';

export async function pendingSubjectReviews(services: Services, actor: Actor) {
  const kinds = [...services.registry.lentSubjects].flatMap(([kind, lent]) =>
    lent.legalityReview ? [{ kind, action: lent.legalityReview.reviewAction }] : [],
  );
  if (kinds.length === 0) return [];
  const rows = await services.db
    .selectFrom('legality_reviews as r')
    .innerJoin('orgs as o', 'o.id', 'r.org_id')
    .select(['r.subject_type', 'r.subject_id', 'r.round', 'r.submitted_on', 'o.name as org_name'])
    .where('r.result', 'is', null)
    .where((eb) =>
      eb.or(
        kinds.map(({ kind, action }) =>
          eb.and([
            eb('r.subject_type', '=', kind),
            scopeFilter(services.registry.grants, actor, action, 'r.reviewer_org_id'),
          ]),
        ),
      ),
    )
    .orderBy('r.submitted_on')
    .orderBy('r.id')
    .execute();
  const out = [];
  for (const r of rows) {
    const lent = services.registry.lentSubjects.get(r.subject_type)!;
    const draft = await lent.load(services.db, r.subject_id);
    out.push({
      subjectType: r.subject_type,
      subjectLabel: subjectLabel(services.registry, r.subject_type),
      subjectId: r.subject_id,
      title: draft?.title ?? '',
      orgName: r.org_name,
      round: r.round,
      submittedOn: r.submitted_on,
      link: lent.consoleLink(r.subject_id),
    });
  }
  return out;
}

export async function subjectReviewPackage(services: Services, actor: Actor, subjectType: string, id: string) {
  const reviews = await services.db
    .selectFrom('legality_reviews')
    .selectAll()
    .where('subject_type', '=', subjectType)
    .where('subject_id', '=', id)
    .orderBy('round')
    .execute();
  const current = reviews.at(-1);
  const s = await subjectOnDesk(services, services.db, actor, subjectType, id, current?.reviewer_org_id ?? null);
  const r = s.lent.legalityReview;
  const period = async (ruleId: string | undefined) =>
    ruleId && current ? await reviewPeriod(services.db, s, current, ruleId) : null;
  const [floor, ceiling] = [await period(r?.floorRule), await period(r?.ceilingRule)];
  const comments = await commentsOf(services, s.draft.regionCode, subjectType, id);
  return {
    subjectType,
    subjectLabel: s.label,
    id,
    title: s.draft.title,
    orgName: s.draft.orgName,
    explanation: s.draft.explanation,
    articles: s.draft.articles,
    package: current?.package ?? null,
    comments: comments
      .filter((c) => c.moderation_status === 'approved')
      .map((c) => ({
        articleId: c.article_id,
        body: c.body,
        answerLabel: c.answer ? commentAnswerLabels[c.answer] : null,
        answerReason: c.answer_reason,
      })),
    checklist: Object.entries(r?.checklist ?? {}).map(([item, label]) => ({ item, label })),
    counselRequired: r?.counselRequired ?? false,
    earliestConclusion: floor && { due: floor.due, basis: floor.basis, amount: floor.amount },
    latestConclusion: ceiling && { due: ceiling.due, basis: ceiling.basis, amount: ceiling.amount },
    rounds: reviews.map((x) => ({
      round: x.round,
      submittedOn: x.submitted_on,
      result: x.result,
      resultLabel: x.result ? reviewResultLabels[x.result] : null,
      opinion: x.opinion,
      counsel: x.counsel,
      concludedOn: x.concluded_on,
      late: x.late,
    })),
  };
}
