// The dates of the demo seed and the test factories, planned with the deadline engine (core procedure-plan) on the
// region's calendar: each act on or after the earliest day the law allows, none after today. Pure, so that a test
// runs them for every day of several years without a database.
import {
  addDays,
  planProcedure,
  type PlanInput,
  type PlanStep,
  type ProcedurePlan,
} from '@fazhi/core/normative-documents';
import type { IsoDate } from '@fazhi/core/calendar';
import type { CalendarContext } from '../../../platform/deadlines';
import type { DemoDocument, DemoState } from './seed-data';

/** The last step a demo document's state has been through. */
const lastStepOf: Record<DemoState, PlanStep> = {
  drafting: 'drafted',
  consultation: 'consultationOpened',
  legality_review: 'submittedForReview',
  deliberation: 'reviewConcluded',
  approved: 'deliberated',
  withdrawn: 'deliberated',
  published: 'published',
  filed: 'forwarded',
  accepted: 'filingReviewed',
  not_reviewable: 'filingReviewed',
  correction_ordered: 'filingReviewed',
  correction_reported: 'correctionReported',
  corrected: 'correctionConfirmed',
};

/** A demo document's dates: drafted `d.start` days from today (earlier when its procedure needs longer). */
export function demoDocumentPlan(c: CalendarContext, d: DemoDocument, today: IsoDate): ProcedurePlan {
  return planProcedure({
    ...c,
    start: addDays(today, d.start),
    until: lastStepOf[d.state],
    consultation: d.exemptReason ? 'exempt' : 'public',
    fairCompetition: d.market ?? false,
    lateFiling: d.lateFiling ?? false,
    notAfter: today,
  });
}

/** The demo comments' days: every four days from the opening, none after today (nor after the closing day). */
export function demoCommentDay(plan: ProcedurePlan, index: number, today: IsoDate): IsoDate {
  const day = addDays(plan.consultationOpened ?? today, 2 + index * 4);
  const last = plan.consultationCloses && plan.consultationCloses < today ? plan.consultationCloses : today;
  return day < last ? day : last;
}

export type FactoryState =
  'drafting' | 'consultation' | 'consulted' | 'legality_review' | 'deliberation' | 'approved' | 'published';

const factoryStep: Record<FactoryState, PlanStep> = {
  drafting: 'drafted',
  consultation: 'consultationOpened',
  consulted: 'consultationClosed',
  legality_review: 'submittedForReview',
  deliberation: 'reviewConcluded',
  approved: 'deliberated',
  published: 'published',
};

/** The factory's quicker pace (one or two days between acts; the law's periods still apply). */
const factoryPace = {
  consultationOpened: 1,
  consultationClosed: 1,
  fairCompetitionReviewed: 1,
  submittedForReview: 1,
  deliberated: 2,
  published: 2,
} as const;

/**
 * A test document's dates: drafted `startDaysAgo` days ago (80 by default), or earlier when its procedure needs
 * longer; published `publishedDaysAgo` days ago when given (the earlier steps then end by that day).
 */
export function factoryPlan(
  c: CalendarContext,
  o: {
    state: FactoryState;
    consultation: boolean;
    fairCompetition: boolean;
    startDaysAgo?: number | undefined;
    publishedDaysAgo?: number | undefined;
  },
  today: IsoDate,
): ProcedurePlan {
  const publishedOn = o.publishedDaysAgo !== undefined ? addDays(today, -o.publishedDaysAgo) : undefined;
  const input: PlanInput = {
    ...c,
    start: addDays(today, -(o.startDaysAgo ?? 80)),
    until: o.state === 'published' && publishedOn ? 'deliberated' : factoryStep[o.state],
    consultation: o.consultation ? 'public' : 'none',
    fairCompetition: o.fairCompetition,
    notAfter: publishedOn ?? today,
    pace: factoryPace,
  };
  const plan = planProcedure(input);
  return publishedOn && o.state === 'published' ? { ...plan, published: publishedOn } : plan;
}

/** The date of a step the plan must have (a step the record's state skipped is a mistake of the caller). */
export function planDate(plan: ProcedurePlan, step: PlanStep): IsoDate {
  const date = plan[step];
  if (!date) throw new Error(`日期计划缺少步骤 ${step}`);
  return date;
}
