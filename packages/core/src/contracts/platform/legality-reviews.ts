// The shared legality-review desk (server platform/participation, review-routes.ts): the reviewing body's queue of
// drafts waiting for its review across every kind a module lends (normative documents, major decisions), oldest
// first, and one draft's review package. The floor (the shortest review time, which needs a reason to undercut) and
// the ceiling (the longest, kept as a deadline) carry the article they come from.
import { z } from 'zod';
import { choice, isoDate } from './common';
import { consultationArticle, kindDraft } from './participation';

/** A bound of the review time: the day, the statute and article it is counted by, the number of days. */
export const reviewTimeBound = z.object({ due: isoDate, basis: z.string(), amount: z.number() });
export type ReviewTimeBound = z.infer<typeof reviewTimeBound>;

/** A draft waiting for the actor's review. */
export const pendingLegalityReview = z.object({
  /** the lent kind (subject_type), e.g. normative_document, major_decision */
  kind: z.string(),
  kindLabel: z.string(),
  subjectId: z.string(),
  title: z.string(),
  /** the drafting unit that submitted it */
  orgName: z.string(),
  round: z.number(),
  submittedOn: isoDate,
  /** the earliest day the review may conclude without a stated reason (null where the kind has no floor) */
  earliestConclusion: reviewTimeBound.nullable(),
  /** the review's deadline as stored (null where the kind sets no longest review time) */
  latestConclusion: reviewTimeBound.nullable(),
  /** the record's console page in its module */
  subjectLink: z.string(),
  /** where the review is concluded: the shared desk's page, or the module's own where it asks for more */
  reviewLink: z.string(),
});
export type PendingLegalityReview = z.infer<typeof pendingLegalityReview>;
export const legalityReviewQueue = z.object({
  items: z.array(pendingLegalityReview),
  /** the kinds the actor reviews somewhere, for the desk's filter */
  kinds: z.array(choice),
});
export type LegalityReviewQueue = z.infer<typeof legalityReviewQueue>;

/** One draft's review package: the text, the package its module assembled, the answered comments, the checklist. */
export const legalityReviewPackage = kindDraft.extend({
  articles: z.array(consultationArticle),
  /** what the drafting unit submitted with the draft, as its module assembled it */
  package: z.record(z.string(), z.unknown()).nullable(),
  comments: z.array(
    z.object({
      articleId: z.string().nullable(),
      body: z.string(),
      answerLabel: z.string().nullable(),
      answerReason: z.string().nullable(),
    }),
  ),
  checklist: z.array(z.object({ item: z.string(), label: z.string() })),
  counselRequired: z.boolean(),
  /** the reviewer states how many individual opinions the opinion holds (legal-advisers' kinds) */
  countsOpinions: z.boolean().optional(),
  /** the registered 法律顾问/公职律师 the counsel is picked from, where the kind links them (else typed by name) */
  counselChoices: z
    .array(z.object({ id: z.string(), name: z.string(), role: z.string() }))
    .nullable()
    .optional(),
  earliestConclusion: reviewTimeBound.nullable(),
  latestConclusion: reviewTimeBound.nullable(),
  rounds: z.array(
    z.object({
      round: z.number(),
      submittedOn: isoDate,
      result: z.string().nullable(),
      resultLabel: z.string().nullable(),
      opinion: z.string().nullable(),
      counsel: z.array(z.object({ name: z.string(), role: z.string(), adviserId: z.string().optional() })).nullable(),
      opinionCount: z.number().nullable().optional(),
      concludedOn: isoDate.nullable(),
      late: z.boolean().nullable(),
    }),
  ),
  /** whether a review of this draft is waiting to be concluded */
  pending: z.boolean(),
  /** the kind's record-review route under /api taking the shared form's body (null: reviewed on reviewLink) */
  recordPath: z.string().nullable(),
  reviewLink: z.string(),
  subjectLink: z.string(),
});
export type LegalityReviewPackage = z.infer<typeof legalityReviewPackage>;
