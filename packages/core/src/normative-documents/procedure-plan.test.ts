import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCalendar, computeDeadline, nationalCalendarData } from '../calendar';
import { addDays, planProblems, planProcedure, type PlanInput } from './procedure-plan';

const calendar = buildCalendar(nationalCalendarData);

/** Every day of 2026–2028 (years past the loaded notices count weekends only and are provisional). */
function everyDay(from = '2026-01-01', to = '2028-12-31'): string[] {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  return days;
}

test('a plan is lawful and not in the future for every day of 2026–2028, whatever it reaches', () => {
  const shapes: Omit<PlanInput, 'calendar' | 'start' | 'notAfter'>[] = [
    { until: 'correctionConfirmed', consultation: 'public', fairCompetition: true },
    { until: 'filingReviewed', consultation: 'exempt', lateFiling: true },
    { until: 'reviewConcluded', consultation: 'none' },
    { until: 'consultationOpened', consultation: 'public' },
  ];
  // the demo region files within 5 days (a region override of the 15-day rule)
  const settings = { ruleOverrides: { 'normative.filing': { amount: 5 } } };
  for (const today of everyDay())
    for (const shape of shapes) {
      const p = { ...shape, calendar, settings, start: addDays(today, -60), notAfter: today };
      assert.deepEqual(planProblems(planProcedure(p), p), [], `${today} ${JSON.stringify(shape)}`);
    }
});

test('the legality review ends no earlier than 5 working days after submission, across 国庆', () => {
  // submitted on 2026-09-30: 1–7 October are days off and 10 October (Saturday) a make-up working day
  const plan = planProcedure({
    calendar,
    start: '2026-09-30',
    until: 'reviewConcluded',
    consultation: 'none',
    notAfter: '2026-12-31',
    pace: { submittedForReview: 0, reviewConcluded: 0 },
  });
  assert.equal(plan.submittedForReview, '2026-09-30');
  assert.equal(
    plan.reviewConcluded,
    computeDeadline(calendar, 'normative.legality-review-min', { from: '2026-09-30' }).due,
  );
  assert.ok((plan.reviewConcluded ?? '') > addDays('2026-09-30', 7), 'a fixed week would be too early here');
});

test('a plan that would end after today starts earlier instead', () => {
  const plan = planProcedure({
    calendar,
    start: '2026-12-01',
    until: 'published',
    consultation: 'public',
    notAfter: '2026-12-06',
  });
  assert.ok((plan.drafted ?? '') < '2026-12-01');
  assert.equal(plan.published, '2026-12-06');
});

test('a plan with an act after today, a short consultation or an early review is reported', () => {
  const p = { calendar, notAfter: '2026-10-09' };
  const plan = {
    drafted: '2026-08-01',
    consultationOpened: '2026-08-02',
    consultationCloses: '2026-08-20',
    consultationClosed: '2026-08-21',
    submittedForReview: '2026-09-30',
    reviewConcluded: '2026-10-08',
    deliberated: '2026-10-10',
  };
  assert.deepEqual(planProblems(plan, p), ['晚于 2026-10-09', '征求意见期限不足', '合法性审核时间不足']);
});
