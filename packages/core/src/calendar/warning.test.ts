import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCalendar } from './calendar';
import { nationalCalendarData } from './data/national';
import { formatIsoDate, parseIsoDate } from './dates';
import { floorStanding, warningLevelOn, yellowUntil } from './warning';

const calendar = buildCalendar(nationalCalendarData);
const plus = (d: string, n: number) => formatIsoDate(parseIsoDate(d) + n);

test('a deadline long past is red, on its day orange, within N working days yellow, otherwise none', () => {
  assert.equal(warningLevelOn(calendar, '2026-12-06', '2026-05-06', 3), 'red');
  assert.equal(warningLevelOn(calendar, '2026-12-06', '2026-12-06', 3), 'orange');
  assert.equal(warningLevelOn(calendar, '2026-12-06', '2026-12-06T17:00', 3), 'orange');
  // Sunday 6 December: Monday–Wednesday are the 3 working days before Wednesday 9 December
  assert.equal(warningLevelOn(calendar, '2026-12-06', '2026-12-09', 3), 'yellow');
  assert.equal(warningLevelOn(calendar, '2026-12-06', '2026-12-10', 3), 'none');
  // 30 September 2026: the 国庆 days off come first, so 9 October is within 3 working days of it
  assert.equal(warningLevelOn(calendar, '2026-09-30', '2026-10-09', 3), 'yellow');
});

test('yellowUntil gives the same level as warningLevelOn for every day of 2026 and the next 40 days', () => {
  for (let today = '2026-01-01'; today <= '2026-12-31'; today = plus(today, 1))
    for (const n of [0, 3, 5]) {
      const until = yellowUntil(calendar, today, n);
      for (let k = 1; k <= 40; k++) {
        const due = plus(today, k);
        assert.equal(warningLevelOn(calendar, today, due, n) === 'yellow', due <= until, `${today} ${due} ${n}`);
      }
    }
});

test('a floor is owed in working days until its day and met from it, never overdue', () => {
  // Friday 4 December 2026 → floor Tuesday 8 December: Monday and Tuesday are still owed
  assert.deepEqual(floorStanding(calendar, '2026-12-04', '2026-12-08'), { met: false, owedWorkingDays: 2 });
  assert.deepEqual(floorStanding(calendar, '2026-12-07', '2026-12-08'), { met: false, owedWorkingDays: 1 });
  assert.deepEqual(floorStanding(calendar, '2026-12-08', '2026-12-08'), { met: true, owedWorkingDays: 0 });
  assert.deepEqual(floorStanding(calendar, '2027-03-01', '2026-12-08'), { met: true, owedWorkingDays: 0 });
});
