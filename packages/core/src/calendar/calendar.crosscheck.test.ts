// Cross-checks the shipped 2020–2026 calendar data day by day against the `chinese-days` package (an independent
// compilation of the same 国务院办公厅 notices). Test-only dependency; src never imports it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import chineseDays from 'chinese-days';
import { buildCalendar } from './calendar';
import { nationalCalendarData } from './data/national';
import { formatIsoDate, parseIsoDate } from './dates';

interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

const require = createRequire(import.meta.url);
const dataPath = require.resolve('chinese-days/dist/chinese-days.json');
const reference = JSON.parse(readFileSync(dataPath, 'utf8')) as ChineseDaysData;
const cal = buildCalendar(nationalCalendarData);

function eachDay(from: string, to: string, visit: (iso: string) => void): number {
  let n = 0;
  for (let d = parseIsoDate(from); d <= parseIsoDate(to); d++, n++) visit(formatIsoDate(d));
  return n;
}

describe('shipped 2020–2026 data against chinese-days', () => {
  for (const year of [2020, 2021, 2022, 2023, 2024, 2025, 2026]) {
    test(`${year}: every day has the same working status, days off and make-up days`, () => {
      const mismatches: string[] = [];
      const days = eachDay(`${year}-01-01`, `${year}-12-31`, (iso) => {
        const info = cal.dayInfo(iso);
        if (info.working !== chineseDays.isWorkday(iso)) mismatches.push(`${iso} working=${info.working}`);
        const listedOff = iso in reference.holidays;
        if (listedOff !== (info.reason === 'holiday')) mismatches.push(`${iso} holiday=${info.reason}`);
        const listedWork = iso in reference.workdays;
        if (listedWork !== (info.reason === 'makeup_workday')) mismatches.push(`${iso} makeup=${info.reason}`);
      });
      assert.ok(days >= 365);
      assert.deepEqual(mismatches, []);
    });
  }

  test('the 2025 and 2026 holiday names match the chinese-days names', () => {
    const short: Record<string, string> = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节' };
    eachDay('2025-01-01', '2026-12-31', (iso) => {
      const ref = reference.holidays[iso];
      if (!ref) return;
      const refName = ref.split(',')[1] ?? '';
      const name = cal.dayInfo(iso).holidayName ?? '';
      assert.ok(name.includes(short[refName] ?? refName), `${iso}: ${name} vs ${refName}`);
    });
  });
});
