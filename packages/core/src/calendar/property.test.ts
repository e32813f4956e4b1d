// Property tests with a seeded generator, so failures reproduce: the O(1) engine agrees with day stepping, and
// counting N working days forward then back returns to a working start.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCalendar } from './calendar';
import { nationalCalendarData } from './data/national';
import { formatIsoDate, parseIsoDate } from './dates';

const cal = buildCalendar(nationalCalendarData);

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const lo = parseIsoDate('2019-06-01');
const hi = parseIsoDate('2027-06-30');

function samples(seed: number, count: number): { start: string; n: number }[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, () => ({
    start: formatIsoDate(lo + Math.floor(random() * (hi - lo))),
    n: 1 + Math.floor(random() * 60),
  }));
}

function stepForward(start: string, n: number): string {
  let d = parseIsoDate(start);
  for (let counted = 0; counted < n;) if (cal.workingAt(++d)) counted++;
  return formatIsoDate(d);
}

describe('working-day arithmetic properties', () => {
  test('for 5,000 random working-day starts and N ≤ 60, N working days forward then back returns to the start', () => {
    let checked = 0;
    for (const { start, n } of samples(20250124, 5000)) {
      if (!cal.isWorkingDay(start)) continue;
      assert.equal(cal.addWorkingDays(cal.addWorkingDays(start, n), -n), start, `${start} ± ${n}`);
      checked++;
    }
    assert.ok(checked > 3000);
  });

  test('for 5,000 random starts (working or not) the engine equals day-by-day stepping', () => {
    for (const { start, n } of samples(7, 5000)) {
      const due = cal.addWorkingDays(start, n);
      assert.equal(due, stepForward(start, n), `${start} + ${n}`);
      assert.equal(cal.workingDaysBetween(start, due), n);
      assert.equal(cal.isWorkingDay(due), true);
    }
  });

  test('counting backwards lands on a working day strictly before the event with exactly N working days in between', () => {
    for (const { start, n } of samples(99, 2000)) {
      const latest = cal.addWorkingDays(start, -n);
      assert.equal(cal.isWorkingDay(latest), true);
      assert.equal(
        cal.workingDaysBetween(formatIsoDate(parseIsoDate(latest) - 1), formatIsoDate(parseIsoDate(start) - 1)),
        n,
      );
    }
  });
});
