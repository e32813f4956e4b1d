import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCalendar, regionChainOf, selectLocalHolidays } from './calendar';
import { nationalCalendarData } from './data/national';
import { CalendarError } from './errors';
import type { CalendarYearData, LocalHoliday } from './types';

const cal = buildCalendar(nationalCalendarData);

describe('working days around the 2025 holidays (国办发明电〔2024〕12号)', () => {
  const cases: [string, string, number, string][] = [
    ['New Year: 3 working days from 2024-12-30 skip 2025-01-01', '2024-12-30', 3, '2025-01-03'],
    [
      'Spring Festival: 5 working days from 2025-01-24 count the make-up Sunday 2025-01-26 and skip 1-28..2-04',
      '2025-01-24',
      5,
      '2025-02-07',
    ],
    ['Spring Festival: a period can end on the make-up Sunday 2025-01-26', '2025-01-22', 3, '2025-01-26'],
    ['Spring Festival: 2 working days from 2025-01-27 end just after the holiday', '2025-01-27', 2, '2025-02-06'],
    ['Spring Festival: a period can end on the make-up Saturday 2025-02-08', '2025-02-06', 2, '2025-02-08'],
    ['Qingming: 3 working days from 2025-04-02 skip 04-04..04-06', '2025-04-02', 3, '2025-04-08'],
    ['Labour Day: 5 working days from 2025-04-25 count the make-up Sunday 04-27', '2025-04-25', 5, '2025-05-06'],
    ['Dragon Boat: 2 working days from 2025-05-29 skip 05-31..06-02', '2025-05-29', 2, '2025-06-03'],
    [
      'National Day: 7 working days from 2025-09-26 count 09-28 and 10-11 and skip 10-01..10-08',
      '2025-09-26',
      7,
      '2025-10-13',
    ],
  ];
  for (const [name, from, n, due] of cases) {
    test(name, () => assert.equal(cal.addWorkingDays(from, n), due));
  }
});

describe('working days around the 2026 holidays (2025-11-04 notice)', () => {
  const cases: [string, string, number, string][] = [
    ['New Year: 2 working days from 2025-12-31 count the make-up Sunday 2026-01-04', '2025-12-31', 2, '2026-01-05'],
    ['Spring Festival: 5 working days from 2026-02-12 count the make-up Saturday 02-14', '2026-02-12', 5, '2026-02-26'],
    [
      'Spring Festival: 10 working days from 2026-02-12 also count the make-up Saturday 02-28',
      '2026-02-12',
      10,
      '2026-03-04',
    ],
    ['Qingming: 3 working days from 2026-04-02 skip 04-04..04-06', '2026-04-02', 3, '2026-04-08'],
    ['Labour Day: 5 working days from 2026-04-29 end on the make-up Saturday 05-09', '2026-04-29', 5, '2026-05-09'],
    ['Dragon Boat: 3 working days from 2026-06-17 skip 06-19..06-21', '2026-06-17', 3, '2026-06-23'],
    ['Mid-Autumn: 2 working days from 2026-09-23 skip 09-25..09-27', '2026-09-23', 2, '2026-09-28'],
    [
      'National Day: 10 working days from 2026-09-18 count 09-20 and skip both Mid-Autumn and National Day',
      '2026-09-18',
      10,
      '2026-10-09',
    ],
    ['National Day: 7 working days from 2026-09-30 count the make-up Saturday 10-10', '2026-09-30', 7, '2026-10-15'],
  ];
  for (const [name, from, n, due] of cases) {
    test(name, () => assert.equal(cal.addWorkingDays(from, n), due));
  }
});

describe('the calendar itself', () => {
  test('covers 2020–2026 and has 248 working days in both 2025 and 2026', () => {
    assert.equal(cal.firstYear, 2020);
    assert.equal(cal.lastYear, 2026);
    assert.equal(cal.workingDaysBetween('2024-12-31', '2025-12-31'), 248);
    assert.equal(cal.workingDaysBetween('2025-12-31', '2026-12-31'), 248);
  });

  test('dayInfo names the holiday, the make-up day and the ordinary weekend', () => {
    assert.deepEqual(cal.dayInfo('2025-01-29'), {
      date: '2025-01-29',
      weekday: '星期三',
      working: false,
      reason: 'holiday',
      holidayName: '春节',
      provisional: false,
    });
    const makeUp = cal.dayInfo('2026-02-28');
    assert.equal(makeUp.working, true);
    assert.equal(makeUp.reason, 'makeup_workday');
    assert.equal(makeUp.holidayName, '春节');
    assert.equal(cal.dayInfo('2025-03-08').reason, 'weekend');
    assert.equal(cal.dayInfo('2025-03-10').reason, 'workday');
  });

  test('the 2023 New Year span that starts on 2022-12-31 belongs to the 2023 notice', () => {
    assert.equal(cal.isWorkingDay('2022-12-31'), false);
    assert.equal(cal.dayInfo('2022-12-31').holidayName, '元旦');
    assert.deepEqual(
      cal.daysOff(2023).map((r) => r.from),
      ['2022-12-31', '2023-01-21', '2023-04-05', '2023-04-29', '2023-06-22', '2023-09-29'],
    );
  });

  test('daysOff and makeUpWorkdays list the notice with its 文号', () => {
    const spring = cal.daysOff(2025).find((r) => r.name === '春节');
    assert.equal(spring?.days, 8);
    assert.equal(spring?.docNumber, '国办发明电〔2024〕12号');
    assert.deepEqual(
      cal.makeUpWorkdays(2026).map((m) => m.date),
      ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
    );
    assert.equal(cal.makeUpWorkdays(2026)[0]?.docNumber, undefined);
    assert.deepEqual(cal.daysOff(2030), []);
  });

  test('working days count backwards with the start not counted', () => {
    assert.equal(cal.addWorkingDays('2025-10-10', -7), '2025-09-24');
    assert.equal(cal.addWorkingDays('2026-02-25', -5), '2026-02-11');
    assert.equal(cal.addWorkingDays('2025-03-10', 0), '2025-03-10');
  });

  test('workingDaysBetween excludes the first date and includes the last', () => {
    assert.equal(cal.workingDaysBetween('2025-01-24', '2025-02-07'), 5);
    assert.equal(cal.workingDaysBetween('2025-02-07', '2025-01-24'), -5);
    assert.equal(cal.workingDaysBetween('2025-03-10', '2025-03-10'), 0);
  });

  test('outside the loaded years Monday–Friday are working days and marked provisional', () => {
    assert.equal(cal.addWorkingDays('2026-12-31', 1), '2027-01-01');
    assert.equal(cal.addWorkingDays('2027-01-01', 5), '2027-01-08');
    assert.equal(cal.addWorkingDays('2020-01-02', -2), '2019-12-30');
    assert.equal(cal.addWorkingDays('2019-12-27', 3), '2020-01-02');
    assert.equal(cal.dayInfo('2027-01-01').provisional, true);
    assert.equal(cal.dayInfo('2027-01-02').reason, 'weekend');
    assert.equal(cal.workingDaysBetween('2030-01-06', '2030-01-13'), 5);
  });

  test('a calendar needs consecutive years and valid dates', () => {
    const bad = (years: CalendarYearData[]) =>
      assert.throws(
        () => buildCalendar(years),
        (e: unknown) => e instanceof CalendarError && e.code === 'INVALID_CALENDAR',
      );
    const y2024 = nationalCalendarData[4];
    const y2026 = nationalCalendarData[6];
    assert.ok(y2024 && y2026);
    bad([]);
    bad([y2024, y2026]);
    bad([y2024, y2024]);
    bad([
      {
        year: 2027,
        source: { title: 't' },
        holidays: [{ name: 'x', from: '2027-02-30', to: '2027-03-01', makeUpWorkdays: [] }],
      },
    ]);
    bad([
      {
        year: 2027,
        source: { title: 't' },
        holidays: [{ name: 'x', from: '2027-03-05', to: '2027-03-01', makeUpWorkdays: [] }],
      },
    ]);
  });

  test('invalid dates given to the calendar throw INVALID_DATE', () => {
    assert.throws(
      () => cal.isWorkingDay('2025-02-30'),
      (e: unknown) => e instanceof CalendarError && e.code === 'INVALID_DATE',
    );
    assert.throws(
      () => cal.addWorkingDays('2025-13-01', 1),
      (e: unknown) => e instanceof CalendarError,
    );
  });
});

describe('local holidays inherited through the region chain', () => {
  const local: LocalHoliday[] = [
    {
      regionCode: '150000',
      name: '自治区地方节日（示例）',
      from: '2025-07-15',
      to: '2025-07-16',
      source: '自治区规定（示例）',
    },
    {
      regionCode: '150202',
      name: '旗县地方节日（示例）',
      from: '2025-07-18',
      to: '2025-07-18',
      source: '区规定（示例）',
    },
    {
      regionCode: '152500',
      name: '其他盟市节日（示例）',
      from: '2025-07-21',
      to: '2025-07-21',
      source: '其他规定（示例）',
    },
    {
      regionCode: '150200',
      name: '市地方节日（示例）',
      from: '2025-08-01',
      to: '2025-08-01',
      makeUpWorkdays: ['2025-08-02'],
      source: '市规定（示例）',
    },
  ];

  test('the usual chain of 150202001 runs from the autonomous region down to the township', () => {
    assert.deepEqual(regionChainOf('150202001'), ['150000', '150200', '150202', '150202001']);
    assert.deepEqual(regionChainOf('150000'), ['150000']);
    assert.throws(
      () => regionChainOf('15'),
      (e: unknown) => e instanceof CalendarError && e.code === 'INVALID_ARGUMENT',
    );
  });

  test("a township's calendar includes the days off of its province, city and county but not of a sibling league", () => {
    const town = buildCalendar(nationalCalendarData, local, regionChainOf('150202001'));
    assert.equal(town.regionCode, '150202001');
    assert.equal(town.isWorkingDay('2025-07-15'), false);
    assert.equal(town.dayInfo('2025-07-16').reason, 'local_holiday');
    assert.equal(town.dayInfo('2025-07-16').regionCode, '150000');
    assert.equal(town.isWorkingDay('2025-07-18'), false);
    assert.equal(town.isWorkingDay('2025-07-21'), true);
    assert.equal(town.isWorkingDay('2025-08-02'), true, 'the city make-up Saturday applies');
    // 5 working days from Mon 2025-07-14: 15, 16, 18 off → 17, 21, 22, 23, 24.
    assert.equal(town.addWorkingDays('2025-07-14', 5), '2025-07-24');
    assert.equal(cal.addWorkingDays('2025-07-14', 5), '2025-07-21');
  });

  test('selectLocalHolidays keeps only the entries of the chain', () => {
    assert.deepEqual(
      selectLocalHolidays(local, ['150000', '150200']).map((l) => l.regionCode),
      ['150000', '150200'],
    );
  });

  test('a local day off never cancels a national one, and local days appear in daysOff', () => {
    const clash: LocalHoliday[] = [
      { regionCode: '150000', name: '示例', from: '2025-10-01', to: '2025-10-02', source: '示例' },
    ];
    const c = buildCalendar(nationalCalendarData, clash, ['150000']);
    assert.equal(c.dayInfo('2025-10-01').reason, 'holiday');
    assert.equal(c.daysOff(2025).filter((r) => r.regionCode === '150000').length, 1);
  });
});
