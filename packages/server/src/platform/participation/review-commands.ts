// The legality-review desk's acts on a lent subject's draft (合法性审核/审查): the drafting unit submits it with its
// package once every public comment is moderated and every valid one answered; the reviewing body concludes with
// the subject's checklist, the opinion, the result and the 法律顾问/公职律师 who took part, within the review time
// the subject's rules set (a floor that needs a reason to undercut, a ceiling — where there is one — kept as a
// deadline, concluding after it recorded as late). Each `…On` runs in the caller's write transaction.
import { randomUUID } from 'node:crypto';
import {
  checklistProblems,
  checkReviewTime,
  reviewResultLabels,
  reviewTimeProblem,
  type ChecklistEntry,
  type ReviewResult,
} from '@fazhi/core/participation';
import { authorizeAs } from '../access/policy';
import { actDate } from '../act-date';
import { closeDeadline, computeFor, setDeadline } from '../deadlines';
import { conflict, invalid, type FieldError } from '../errors';
import type { Services } from '../services';
import type { Db } from '../db/connection';
import type { Tx, Writer } from '../write';
import { auditSubject } from './consultation-commands';
import { participationPolicy, subjectOnDesk, type SubjectOnDesk } from './policy';
import type { LentReview } from './subjects';
import type { Counsel } from './tables';

/** The floor or ceiling of a review's time: the subject's rule counted from the day it was submitted. */
export function reviewPeriod(
  db: Db | Tx,
  s: Pick<SubjectOnDesk, 'subjectType' | 'draft'>,
  review: { submitted_on: string; reviewer_org_id: string },
  ruleId: string,
) {
  return computeFor(db, {
    regionCode: s.draft.regionCode,
    subjectType: s.subjectType,
    subjectId: s.draft.id,
    kind: 'legality-review',
    label: '合法性审核',
    subjectTitle: s.draft.title,
    ruleId,
    from: review.submitted_on,
    responsibleOrgId: review.reviewer_org_id,
  });
}

function reviewOf(s: SubjectOnDesk): LentReview {
  if (!s.lent.legalityReview) throw invalid('NO_REVIEW_LENT', `${s.label}不适用合法性审核`);
  return s.lent.legalityReview;
}

const pendingReviewOf = (w: Writer, regionCode: string, subjectType: string, id: string) =>
  w.tx
    .selectFrom('legality_reviews')
    .select(['id', 'round', 'submitted_on', 'reviewer_org_id'])
    .where('region_code', '=', regionCode)
    .where('subject_type', '=', subjectType)
    .where('subject_id', '=', id)
    .where('result', 'is', null)
    .forUpdate()
    .executeTakeFirst();

export async function submitSubjectForReviewOn(
  services: Services,
  w: Writer,
  subjectType: string,
  id: string,
  input: { submittedOn?: string | undefined; package: Record<string, unknown> },
  /** what the subject module adds to the act's audit event */
  opts: { auditChanges?: Record<string, unknown> } = {},
) {
  const s = await subjectOnDesk(services, w.tx, w.ctx.actor, subjectType, id);
  authorizeAs(services.registry.grants, w.ctx.actor, participationPolicy, 'submitForReview', s);
  const r = reviewOf(s);
  const { regionCode } = s.draft;
  if (await pendingReviewOf(w, regionCode, subjectType, id)) throw conflict('REVIEW_PENDING', '该草案正在合法性审核中');
  const unanswered = await w.tx
    .selectFrom('consultation_comments as m')
    .innerJoin('consultations as c', (j) =>
      j.onRef('c.region_code', '=', 'm.region_code').onRef('c.id', '=', 'm.consultation_id'),
    )
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('m.region_code', '=', regionCode)
    .where('c.subject_type', '=', subjectType)
    .where('c.subject_id', '=', id)
    .where((eb) =>
      eb.or([
        eb('m.moderation_status', '=', 'pending'),
        eb.and([eb('m.moderation_status', '=', 'approved'), eb('m.answer', 'is', null)]),
      ]),
    )
    .executeTakeFirstOrThrow();
  if (Number(unanswered.n) > 0)
    throw invalid('COMMENTS_UNANSWERED', `尚有${unanswered.n}条公众意见未审核或未答复，请逐条答复采纳情况后再报送审核`);
  const submittedOn = actDate(services, input.submittedOn, 'submittedOn');
  const reviewer = await r.reviewerOrg(w.tx, regionCode);
  const previous = await w.tx
    .selectFrom('legality_reviews')
    .select((eb) => eb.fn.max('round').as('round'))
    .where('region_code', '=', regionCode)
    .where('subject_type', '=', subjectType)
    .where('subject_id', '=', id)
    .executeTakeFirst();
  const round = (previous?.round ?? 0) + 1;
  const reviewId = randomUUID();
  await w.tx
    .insertInto('legality_reviews')
    .values({
      region_code: regionCode,
      id: reviewId,
      subject_type: subjectType,
      subject_id: id,
      org_id: s.draft.orgId,
      round,
      submitted_on: submittedOn,
      submitted_by: w.ctx.actor?.userId ?? null,
      reviewer_org_id: reviewer.id,
      package: JSON.stringify(input.package),
    })
    .execute();
  const deadline = r.ceilingRule
    ? await setDeadline(w, {
        regionCode,
        subjectType,
        subjectId: id,
        kind: 'legality-review',
        label: '合法性审核',
        subjectTitle: `《${s.draft.title}》`,
        link: s.lent.consoleLink(id),
        ruleId: r.ceilingRule,
        from: submittedOn,
        responsibleOrgId: reviewer.id,
      })
    : null;
  await auditSubject(w, s, 'submitted_for_legality_review', `报送${reviewer.name}合法性审核（第${round}次）`, {
    reviewId,
    round,
    due: deadline?.due ?? null,
    ...opts.auditChanges,
  });
  return { reviewId, round, reviewer, due: deadline?.due ?? null };
}

export interface RecordReviewInput {
  checklist: ChecklistEntry[];
  opinion: string;
  result: ReviewResult;
  counsel: Counsel[];
  concludedOn?: string | undefined;
  earlyReason?: string | undefined;
  /** the individual opinions the opinion holds, for a kind that counts them (LentReview.countsOpinions) */
  opinionCount?: number | undefined;
}

export async function recordSubjectReviewOn(
  services: Services,
  w: Writer,
  subjectType: string,
  id: string,
  input: RecordReviewInput,
  /** what the subject module adds to the act's audit event (a confirmation its own rules ask for) */
  opts: { auditChanges?: Record<string, unknown> } = {},
) {
  const lent = services.registry.lentSubjects.get(subjectType);
  const draft = lent && (await lent.load(w.tx, id));
  const pending = draft && (await pendingReviewOf(w, draft.regionCode, subjectType, id));
  const s = await subjectOnDesk(services, w.tx, w.ctx.actor, subjectType, id, pending?.reviewer_org_id ?? null);
  if (!pending) throw conflict('NO_PENDING_REVIEW', '该草案没有待审核的报送');
  authorizeAs(services.registry.grants, w.ctx.actor, participationPolicy, 'recordReview', s);
  const r = reviewOf(s);
  // every problem of the form at once, each naming its field
  const fields: FieldError[] = checklistProblems(input.checklist, r.checklist, {
    complete: r.checklistComplete ?? true,
  }).map((p) => ({
    path: p.path,
    message: p.field,
  }));
  if (!input.opinion.trim()) fields.push({ path: 'opinion', message: '请填写审核意见' });
  if (r.counselRequired && input.counsel.length === 0)
    fields.push({ path: 'counsel', message: '请记录参与审核的法律顾问或公职律师' });
  if (r.countsOpinions && input.opinionCount === undefined)
    fields.push({ path: 'opinionCount', message: '请填写提出的审核意见条数' });
  if (fields.length) throw invalid('REVIEW_FORM_INCOMPLETE', `审核记录不完整：${fields[0]!.message}`, fields);
  const concludedOn = actDate(services, input.concludedOn, 'concludedOn');
  const floor = await reviewPeriod(w.tx, s, pending, r.floorRule);
  const ceiling = r.ceilingRule ? await reviewPeriod(w.tx, s, pending, r.ceilingRule) : null;
  const verdict = checkReviewTime({
    submittedOn: pending.submitted_on,
    concludedOn,
    earliestConclusion: floor.due,
    latestConclusion: ceiling?.due ?? null,
    earlyReason: input.earlyReason,
  });
  if (!verdict.ok) {
    const problem = reviewTimeProblem(verdict.reason, floor, pending.submitted_on);
    throw invalid(problem.code, problem.message, [{ path: problem.path, message: '审核时间不符合规定' }]);
  }
  await w.tx
    .updateTable('legality_reviews')
    .set({
      checklist: JSON.stringify(input.checklist),
      counsel: JSON.stringify(input.counsel),
      opinion: input.opinion,
      result: input.result,
      early_reason: input.earlyReason ?? null,
      late: verdict.late,
      concluded_on: concludedOn,
      reviewed_by: w.ctx.actor?.userId ?? null,
      opinion_count: r.countsOpinions ? (input.opinionCount ?? null) : null,
    })
    .where('region_code', '=', s.draft.regionCode)
    .where('id', '=', pending.id)
    .execute();
  if (r.ceilingRule)
    await closeDeadline(
      w,
      { regionCode: s.draft.regionCode, subjectType, subjectId: id, kind: 'legality-review' },
      concludedOn,
    );
  await auditSubject(w, s, 'legality_reviewed', `合法性审核：${reviewResultLabels[input.result]}`, {
    reviewId: pending.id,
    round: pending.round,
    result: input.result,
    late: verdict.late,
    counsel: input.counsel,
    ...(r.countsOpinions ? { opinionCount: input.opinionCount } : {}),
    problems: input.checklist.filter((c) => c.finding === 'problem').map((c) => c.item),
    ...opts.auditChanges,
  });
  return { reviewId: pending.id, result: input.result, late: verdict.late };
}
