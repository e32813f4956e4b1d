// The dates of a document's procedure recorded after the fact (the demo seed, test factories): each step on the
// earliest day the law allows after the one before it — the deadline engine gives the consultation's shortest period
// and the legality review's shortest review time in working days with the region's calendar — or later when the
// caller's pace asks for more days; and the whole plan moved back so that its last step is not after today (or the
// day the caller names). Pure: the same calendar and settings the server counts with give the same dates, so an act
// the plan dates never fails the commands' own checks, on whatever day the seed or a test runs.
import { checkConsultationPeriod, checkReviewTime } from './procedure';
import {
  computeDeadline,
  formatIsoDate,
  parseIsoDate,
  type IsoDate,
  type JurisdictionSettings,
  type WorkingCalendar,
} from '../calendar';

/** `date` ± n calendar days. */
export function addDays(date: IsoDate, n: number): IsoDate {
  return formatIsoDate(parseIsoDate(date) + n);
}

export const planSteps = [
  'drafted',
  'consultationExempted',
  'consultationOpened',
  'consultationCloses',
  'consultationClosed',
  'fairCompetitionReviewed',
  'submittedForReview',
  'reviewConcluded',
  'deliberated',
  'published',
  'filed',
  'forwarded',
  'filingReviewed',
  'correctionReported',
  'correctionConfirmed',
] as const;
export type PlanStep = (typeof planSteps)[number];
export type ProcedurePlan = Partial<Record<PlanStep, IsoDate>>;

/** Calendar days a step comes after the one before it, at least (the demo's pace; the law may ask for more). */
export type Pace = Partial<Record<PlanStep, number>>;

export interface PlanInput {
  calendar: WorkingCalendar;
  settings?: JurisdictionSettings;
  /** the wanted drafting day; moved earlier when the plan would end after `notAfter` */
  start: IsoDate;
  /** the last step the record reaches */
  until: PlanStep;
  /** public consultation, a recorded exemption, or neither (a draft that does not affect rights) */
  consultation: 'public' | 'exempt' | 'none';
  fairCompetition?: boolean;
  /** filed after the filing period (a demo of a late filing) */
  lateFiling?: boolean;
  /** the day no step may pass: today, or the publication day a test fixes */
  notAfter: IsoDate;
  pace?: Pace;
}

const seedPace: Required<Pace> = {
  drafted: 0,
  consultationExempted: 3,
  consultationOpened: 3,
  consultationCloses: 0,
  consultationClosed: 1,
  fairCompetitionReviewed: 2,
  submittedForReview: 2,
  reviewConcluded: 14,
  deliberated: 5,
  published: 3,
  filed: 3,
  forwarded: 5,
  filingReviewed: 15,
  correctionReported: 12,
  correctionConfirmed: 3,
};

const maxDate = (a: IsoDate, b: IsoDate) => (a > b ? a : b);
const minDate = (a: IsoDate, b: IsoDate) => (a < b ? a : b);

/** The rule-given date of a step counted from `from` (the due date of the deadline engine). */
export function lawfulDue(p: Pick<PlanInput, 'calendar' | 'settings'>, ruleId: string, from: IsoDate): IsoDate {
  return computeDeadline(p.calendar, ruleId, { from, settings: p.settings ?? {} }).due.slice(0, 10);
}

function planFrom(p: PlanInput, start: IsoDate): ProcedurePlan {
  const pace = { ...seedPace, ...p.pace };
  const plan: ProcedurePlan = { drafted: start };
  let day = start;
  const step = (s: PlanStep, on: IsoDate) => {
    plan[s] = on;
    day = on;
    return s === p.until;
  };
  const after = (s: PlanStep) => addDays(day, pace[s]);
  if (p.until === 'drafted') return plan;
  if (p.consultation === 'exempt' && step('consultationExempted', after('consultationExempted'))) return plan;
  if (p.consultation === 'public') {
    const opened = after('consultationOpened');
    // the earliest close the law allows (at least N days, rolled off a day off), or later at the caller's pace
    const closes = maxDate(addDays(opened, pace.consultationCloses), lawfulDue(p, 'normative.public-comment', opened));
    plan.consultationOpened = opened;
    plan.consultationCloses = closes;
    day = closes;
    if (p.until === 'consultationOpened' || p.until === 'consultationCloses') return plan;
    if (step('consultationClosed', after('consultationClosed'))) return plan;
  }
  if (p.fairCompetition && step('fairCompetitionReviewed', after('fairCompetitionReviewed'))) return plan;
  if (step('submittedForReview', after('submittedForReview'))) return plan;
  const submitted = day;
  // not before the shortest review time (working days with the region's calendar)
  const concluded = maxDate(after('reviewConcluded'), lawfulDue(p, 'normative.legality-review-min', submitted));
  if (step('reviewConcluded', concluded)) return plan;
  if (step('deliberated', after('deliberated'))) return plan;
  if (step('published', after('published'))) return plan;
  const published = day;
  const filingDue = lawfulDue(p, 'normative.filing', published);
  // on time: within the filing period; late: past it by the pace's days
  const filed = p.lateFiling ? addDays(filingDue, Math.max(1, pace.filed)) : minDate(after('filed'), filingDue);
  if (step('filed', filed)) return plan;
  if (step('forwarded', after('forwarded'))) return plan;
  const reviewed = minDate(after('filingReviewed'), lawfulDue(p, 'normative.filing-review', filed));
  if (step('filingReviewed', reviewed)) return plan;
  const reported = minDate(after('correctionReported'), lawfulDue(p, 'normative.correction', reviewed));
  if (step('correctionReported', reported)) return plan;
  step('correctionConfirmed', after('correctionConfirmed'));
  return plan;
}

/** The last date a plan records an act on (an open consultation's closing day is still to come). */
export function planEnd(plan: ProcedurePlan): IsoDate {
  const { consultationCloses: _closes, ...acts } = plan;
  return Object.values(acts).reduce((a, b) => maxDate(a, b));
}

/** The procedure's dates, starting on `start` or as much earlier as needed to end on or before `notAfter`. */
export function planProcedure(p: PlanInput): ProcedurePlan {
  let start = p.start;
  for (;;) {
    const plan = planFrom(p, start);
    const over = parseIsoDate(planEnd(plan)) - parseIsoDate(p.notAfter);
    if (over <= 0) return plan;
    // The plan's length varies with the holidays it crosses, so one step back may not be enough: step back again
    // until it fits (the start only ever moves earlier, so this ends).
    start = addDays(start, -over);
  }
}

/**
 * What is wrong with a plan, as the commands would see it: an act after `notAfter`, acts out of order, a
 * consultation shorter than the law's, a review shorter or longer than the review time, a filing late unless it
 * is meant to be, a filing review or a correction past its period. Empty when every date is lawful.
 */
export function planProblems(
  plan: ProcedurePlan,
  p: Pick<PlanInput, 'calendar' | 'settings' | 'notAfter' | 'lateFiling'>,
): string[] {
  const problems: string[] = [];
  const due = (ruleId: string, from: IsoDate) => lawfulDue(p, ruleId, from);
  if (planEnd(plan) > p.notAfter) problems.push(`晚于 ${p.notAfter}`);
  const acts = planSteps.filter((s) => s !== 'consultationCloses' && plan[s]).map((s) => plan[s] ?? '');
  if (acts.some((d, i) => i > 0 && d < (acts[i - 1] ?? ''))) problems.push('顺序颠倒');
  const { consultationOpened: opened, consultationCloses: closes, consultationClosed: closed } = plan;
  if (opened && closes) {
    const earliestClose = due('normative.public-comment', opened);
    if (!checkConsultationPeriod({ opensOn: opened, closesOn: closes, earliestClose }).ok)
      problems.push('征求意见期限不足');
  }
  if (closes && closed && closed <= closes) problems.push('征求意见尚未截止即结束');
  const { submittedForReview: submitted, reviewConcluded: concluded } = plan;
  if (submitted && concluded) {
    const verdict = checkReviewTime({
      submittedOn: submitted,
      concludedOn: concluded,
      earliestConclusion: due('normative.legality-review-min', submitted),
      latestConclusion: due('normative.legality-review-max', submitted),
    });
    if (!verdict.ok) problems.push('合法性审核时间不足');
    else if (verdict.late) problems.push('合法性审核超期');
  }
  if (plan.published && plan.filed && plan.filed > due('normative.filing', plan.published) !== (p.lateFiling ?? false))
    problems.push(p.lateFiling ? '应逾期报备而未逾期' : '逾期报送备案');
  if (plan.filed && plan.filingReviewed && plan.filingReviewed > due('normative.filing-review', plan.filed))
    problems.push('备案审查超期');
  if (plan.filingReviewed && plan.correctionReported)
    if (plan.correctionReported > due('normative.correction', plan.filingReviewed)) problems.push('纠正超期');
  return problems;
}
