import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkHolidayNotice, checkLocalHoliday } from './notice-check';
import { nationalCalendarData } from './data/national';

describe('checking a holiday notice before it is stored', () => {
  test('every shipped notice 2020–2026 passes the check', () => {
    for (const y of nationalCalendarData) assert.deepEqual(checkHolidayNotice(y.year, y.holidays), [], String(y.year));
  });

  test('a span that ends before it starts names the field', () => {
    const issues = checkHolidayNotice(2027, [
      { name: '春节', from: '2027-02-10', to: '2027-02-05', makeUpWorkdays: [] },
    ]);
    assert.equal(issues[0]?.path, 'holidays.0.to');
    assert.match(issues[0]?.message ?? '', /早于开始日期/);
  });

  test('a make-up working day inside the holiday is refused', () => {
    const issues = checkHolidayNotice(2027, [
      { name: '国庆节', from: '2027-10-01', to: '2027-10-07', makeUpWorkdays: ['2027-10-02'] },
    ]);
    assert.equal(issues[0]?.path, 'holidays.0.makeUpWorkdays.0');
    assert.match(issues[0]?.message ?? '', /放假期间.*之内/);
  });

  test('a make-up working day on a weekday is refused', () => {
    const issues = checkHolidayNotice(2027, [
      { name: '国庆节', from: '2027-10-01', to: '2027-10-07', makeUpWorkdays: ['2027-10-08'] },
    ]);
    assert.match(issues[0]?.message ?? '', /不是周六或周日/);
  });

  test('a holiday of another year is a year mismatch', () => {
    const issues = checkHolidayNotice(2027, [
      { name: '劳动节', from: '2026-05-01', to: '2026-05-05', makeUpWorkdays: [] },
    ]);
    assert.match(issues[0]?.message ?? '', /年份不一致/);
  });

  test('a New Year span that starts on 31 December of the year before belongs to the year (2023 notice)', () => {
    assert.deepEqual(
      checkHolidayNotice(2023, [{ name: '元旦', from: '2022-12-31', to: '2023-01-02', makeUpWorkdays: [] }]),
      [],
    );
  });

  test('overlapping spans and a make-up day inside another holiday are refused', () => {
    const issues = checkHolidayNotice(2027, [
      { name: '中秋节', from: '2027-09-15', to: '2027-09-17', makeUpWorkdays: [] },
      { name: '国庆节', from: '2027-09-17', to: '2027-10-07', makeUpWorkdays: [] },
    ]);
    assert.ok(issues.some((i) => /重叠/.test(i.message)));
  });

  test('a local holiday of one day with a make-up Sunday passes; one inside the span does not', () => {
    assert.deepEqual(
      checkLocalHoliday({
        name: '那达慕',
        from: '2026-07-15',
        to: '2026-07-15',
        makeUpWorkdays: ['2026-07-19'],
        source: '测试',
      }),
      [],
    );
    const issues = checkLocalHoliday({
      name: '那达慕',
      from: '2026-07-15',
      to: '2026-07-19',
      makeUpWorkdays: ['2026-07-18'],
      source: '测试',
    });
    assert.equal(issues[0]?.path, 'makeUpWorkdays.0');
  });
});
