import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addMonths,
  dayNumberFromCivil,
  formatInstant,
  formatIsoDate,
  isoWeekday,
  parseInstant,
  parseIsoDate,
  tryParseIsoDate,
} from './dates';
import { CalendarError } from './errors';

const iso = (text: string, months: number) => formatIsoDate(addMonths(parseIsoDate(text), months));

describe('ISO dates', () => {
  test('a real date round-trips through its day number', () => {
    for (const d of ['1970-01-01', '2000-02-29', '2024-12-31', '2025-01-28', '2026-10-07', '1969-12-31']) {
      assert.equal(formatIsoDate(parseIsoDate(d)), d);
    }
    assert.equal(parseIsoDate('1970-01-01'), 0);
    assert.equal(parseIsoDate('2025-01-01'), dayNumberFromCivil(2025, 1, 1));
  });

  test('impossible or malformed dates are rejected with INVALID_DATE', () => {
    const bad = [
      '2025-02-30',
      '2023-02-29',
      '2025-13-01',
      '2025-00-10',
      '2025-04-31',
      '2025-2-3',
      '20250203',
      '',
      'abcd-ef-gh',
    ];
    for (const text of bad) {
      assert.equal(tryParseIsoDate(text), undefined, text);
      assert.throws(
        () => parseIsoDate(text),
        (e: unknown) => e instanceof CalendarError && e.code === 'INVALID_DATE' && e.message.includes('日期'),
        text,
      );
    }
    assert.equal(formatIsoDate(parseIsoDate('2024-02-29')), '2024-02-29');
  });

  test('weekdays are ISO numbered: 2025-01-26 is a Sunday and 2025-02-08 a Saturday', () => {
    assert.equal(isoWeekday(parseIsoDate('2025-01-26')), 7);
    assert.equal(isoWeekday(parseIsoDate('2025-02-08')), 6);
    assert.equal(isoWeekday(parseIsoDate('2025-01-27')), 1);
  });
});

describe('calendar months (民法典 第二百零二条)', () => {
  test('Jan 31 + 1 month is Feb 28, or Feb 29 in a leap year', () => {
    assert.equal(iso('2025-01-31', 1), '2025-02-28');
    assert.equal(iso('2024-01-31', 1), '2024-02-29');
  });

  test('Aug 31 + 6 months is the last day of February, and Feb 29 + 12 months is Feb 28', () => {
    assert.equal(iso('2025-08-31', 6), '2026-02-28');
    assert.equal(iso('2024-02-29', 12), '2025-02-28');
  });

  test('months count backwards with the same clamp', () => {
    assert.equal(iso('2026-08-31', -6), '2026-02-28');
    assert.equal(iso('2025-03-31', -1), '2025-02-28');
    assert.equal(iso('2025-01-15', -2), '2024-11-15');
  });
});

describe('instants for periods in hours', () => {
  test('a time without offset is Beijing time and formats back with +08:00', () => {
    assert.equal(formatInstant(parseInstant('2025-03-01T10:30')), '2025-03-01T10:30:00+08:00');
    assert.equal(formatInstant(parseInstant('2025-03-01T10:30:15')), '2025-03-01T10:30:15+08:00');
  });

  test('UTC and other offsets are converted to Beijing time', () => {
    assert.equal(formatInstant(parseInstant('2025-03-01T02:30:00Z')), '2025-03-01T10:30:00+08:00');
    assert.equal(formatInstant(parseInstant('2025-02-28T23:00:00-05:00')), '2025-03-01T12:00:00+08:00');
  });

  test('a bare date means 00:00 of that day', () => {
    assert.equal(formatInstant(parseInstant('2025-03-01')), '2025-03-01T00:00:00+08:00');
  });

  test('malformed times are rejected with INVALID_DATETIME', () => {
    for (const text of [
      '2025-03-01T25:00',
      '2025-03-01 10:30',
      '2025-02-30T10:00',
      '2025-03-01T10:60',
      '2025-03-01T10',
    ]) {
      assert.throws(
        () => parseInstant(text),
        (e: unknown) => e instanceof CalendarError && e.code === 'INVALID_DATETIME',
        text,
      );
    }
  });
});
