// The demo seed's and the test factories' dates for every day of 2026–2028 as today (no database: the same pure
// planning the seed and factories call, on the national calendar with the demo region's 5-day filing period). Years
// past the loaded notices count weekends only and are provisional; the dates must be lawful all the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCalendar, nationalCalendarData } from '@fazhi/core/calendar';
import { addDays, planProblems } from '@fazhi/core/normative-documents';
import { DEMO_DOCUMENTS } from './seed-data';
import { demoCommentDay, demoDocumentPlan, factoryPlan, type FactoryState } from './seed-dates';

const c = {
  calendar: buildCalendar(nationalCalendarData),
  settings: { ruleOverrides: { 'normative.filing': { amount: 5 } } },
};
const days: string[] = [];
for (let d = '2026-01-01'; d <= '2028-12-31'; d = addDays(d, 1)) days.push(d);

test('every demo document is dated lawfully and never after today, for every day of 2026–2028', () => {
  for (const today of days)
    for (const d of DEMO_DOCUMENTS) {
      const plan = demoDocumentPlan(c, d, today);
      const where = `${today} ${d.key}: ${JSON.stringify(plan)}`;
      assert.deepEqual(planProblems(plan, { ...c, notAfter: today, lateFiling: d.lateFiling ?? false }), [], where);
      for (const i of d.comments.keys()) {
        const on = demoCommentDay(plan, i, today);
        assert.ok(on >= (plan.consultationOpened ?? '') && on <= today, where);
        assert.ok(!plan.consultationCloses || on <= plan.consultationCloses, where);
      }
    }
});

test('every factory document is dated lawfully and never after today, for every day of 2026–2028', () => {
  const states: FactoryState[] = ['consulted', 'legality_review', 'deliberation', 'approved', 'published'];
  for (const today of days)
    for (const state of states)
      for (const o of [
        { consultation: true, fairCompetition: true },
        { consultation: false, fairCompetition: false, startDaysAgo: 10 },
        { consultation: true, fairCompetition: false, publishedDaysAgo: 30 },
      ]) {
        const plan = factoryPlan(c, { state, ...o }, today);
        const where = `${today} ${state} ${JSON.stringify(o)}: ${JSON.stringify(plan)}`;
        assert.deepEqual(planProblems(plan, { ...c, notAfter: today }), [], where);
        if (state === 'published' && o.publishedDaysAgo) assert.equal(plan.published, addDays(today, -30), where);
      }
});
