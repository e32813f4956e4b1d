// The reviewer's desk over every lent kind: the pending reviews the actor may conclude (through the scope
// chokepoint on the reviewing body, with each kind's own review action), and one subject's review package — the
// draft, the package its module assembled, the answered comments, the subject's checklist, the floor and ceiling of
// the review time with their articles, and the earlier rounds with their opinions and counsel.
import { assignmentsFor } from '@fazhi/core/access';
import { consoleLink, legalityReviewMenu } from '@fazhi/core/modules';
import { commentAnswerLabels, reviewResultLabels } from '@fazhi/core/participation';
import { sql } from 'kysely';
import type { Actor } from '../access/actor';
import { authorizeAs } from '../access/policy';
import { scopeFilter } from '../access/scope';
import type { Services } from '../services';
import { commentsOf } from './consultation-queries';
import { participationPolicy, subjectOnDesk } from './policy';
import { reviewPeriod } from './review-commands';
import { subjectLabel, type LentSubject } from './subjects';

/** Where the reviewer concludes a review: the module's own page, or the shared desk's. */
export const reviewLinkOf = (lent: LentSubject, kind: string, id: string) =>
  lent.legalityReview?.deskLink?.(id) ?? consoleLink(legalityReviewMenu, 'legality-reviews', `${kind}/${id}`);

/** The lent kinds with a legality review, with the action that concludes it. */
export const reviewKinds = (services: Services) =>
  [...services.registry.lentSubjects].flatMap(([kind, lent]) =>
    lent.legalityReview ? [{ kind, action: lent.legalityReview.reviewAction, lent }] : [],
  );

/** The kinds the actor reviews somewhere (the desk's menu entry and filter). */
export const reviewedKinds = (services: Services, actor: Actor) =>
  reviewKinds(services).filter(
    ({ action }) => assignmentsFor(services.registry.grants, actor.assignments, action).length > 0,
  );

export async function pendingSubjectReviews(services: Services, actor: Actor, only?: string) {
  const kinds = reviewKinds(services).filter((k) => !only || k.kind === only);
  if (kinds.length === 0) return [];
  const rows = await services.db
    .selectFrom('legality_reviews as r')
    .innerJoin('orgs as o', 'o.id', 'r.org_id')
    // the ceiling is the review's stored deadline (set on submission, closed on conclusion)
    .leftJoin('deadlines as d', (j) =>
      j
        .onRef('d.region_code', '=', 'r.region_code')
        .onRef('d.subject_type', '=', 'r.subject_type')
        // deadlines name any record by text; a review's subject is a uuid
        .on(sql<boolean>`d.subject_id = r.subject_id::text`)
        .on('d.kind', '=', 'legality-review')
        .on('d.status', '=', 'open'),
    )
    .select([
      'r.subject_type',
      'r.subject_id',
      'r.round',
      'r.submitted_on',
      'r.reviewer_org_id',
      'o.name as org_name',
      'd.due_on',
      'd.basis',
    ])
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
    const rules = lent.legalityReview!;
    // the floor is never stored as a deadline (nothing is warned of it): counted here as the conclusion counts it
    const period = (ruleId: string | undefined) =>
      draft && ruleId ? reviewPeriod(services.db, { subjectType: r.subject_type, draft }, r, ruleId) : null;
    const [floor, ceiling] = [await period(rules.floorRule), await period(rules.ceilingRule)];
    out.push({
      kind: r.subject_type,
      kindLabel: subjectLabel(services.registry, r.subject_type),
      subjectId: r.subject_id,
      title: draft?.title ?? '',
      orgName: r.org_name,
      round: r.round,
      submittedOn: r.submitted_on,
      earliestConclusion: floor && { due: floor.due, basis: floor.basis, amount: floor.amount },
      // the stored day (an extension or a pause moves it), the amount as the rule counts it
      latestConclusion:
        r.due_on && ceiling ? { due: r.due_on, basis: r.basis ?? ceiling.basis, amount: ceiling.amount } : null,
      subjectLink: lent.consoleLink(r.subject_id),
      reviewLink: reviewLinkOf(lent, r.subject_type, r.subject_id),
    });
  }
  return out;
}

export async function subjectReviewPackage(
  services: Services,
  actor: Actor,
  subjectType: string,
  id: string,
  /** the desk's package: only for the reviewing body (403 to a reader of the record who does not review it) */
  opts: { asReviewer?: boolean } = {},
) {
  const reviews = await services.db
    .selectFrom('legality_reviews')
    .selectAll()
    .where('subject_type', '=', subjectType)
    .where('subject_id', '=', id)
    .orderBy('round')
    .execute();
  const current = reviews.at(-1);
  const s = await subjectOnDesk(services, services.db, actor, subjectType, id, current?.reviewer_org_id ?? null);
  if (opts.asReviewer) authorizeAs(services.registry.grants, actor, participationPolicy, 'recordReview', s);
  const r = s.lent.legalityReview;
  const period = async (ruleId: string | undefined) =>
    ruleId && current ? await reviewPeriod(services.db, s, current, ruleId) : null;
  const [floor, ceiling] = [await period(r?.floorRule), await period(r?.ceilingRule)];
  const comments = await commentsOf(services, s.draft.regionCode, subjectType, id);
  return {
    kind: subjectType,
    kindLabel: s.label,
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
    countsOpinions: r?.countsOpinions ?? false,
    counselChoices: r?.counselChoices ? await r.counselChoices(services.db, s.draft.regionCode) : null,
    earliestConclusion: floor && { due: floor.due, basis: floor.basis, amount: floor.amount },
    latestConclusion: ceiling && { due: ceiling.due, basis: ceiling.basis, amount: ceiling.amount },
    rounds: reviews.map((x) => ({
      round: x.round,
      submittedOn: x.submitted_on,
      result: x.result,
      resultLabel: x.result ? reviewResultLabels[x.result] : null,
      opinion: x.opinion,
      counsel: x.counsel,
      opinionCount: x.opinion_count,
      concludedOn: x.concluded_on,
      late: x.late,
    })),
    pending: !!current && current.result === null,
    recordPath: r?.recordPath?.(id) ?? null,
    reviewLink: reviewLinkOf(s.lent, subjectType, id),
    subjectLink: s.lent.consoleLink(id),
  };
}
