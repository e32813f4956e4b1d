import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCalendar } from './calendar';
import { nationalCalendarData } from './data/national';
import { computeDeadline, computeDueDate } from './deadline';
import { CalendarError, type CalendarErrorCode } from './errors';
import type { DeadlineInput } from './types';

const cal = buildCalendar(nationalCalendarData);
const due = (rule: string, input: DeadlineInput) => computeDeadline(cal, rule, input).due;
const onlyHolidays = { rollOnlyOnStatutoryHolidays: true };
const rejects = (code: CalendarErrorCode, run: () => unknown) =>
  assert.throws(
    run,
    (e: unknown) => e instanceof CalendarError && e.code === code && /[\u4e00-\u9fa5]/.test(e.message),
  );

describe('working-day periods', () => {
  test('a 5-working-day period started on 2025-01-24 skips the Spring Festival and counts the make-up Sunday 2025-01-26', () => {
    const r = computeDeadline(cal, 'reconsideration.acceptance-review', { from: '2025-01-24' });
    assert.equal(r.due, '2025-02-07');
    assert.equal(r.basis, '《中华人民共和国行政复议法》第三十条');
    assert.equal(r.provisional, false);
    const text = r.explanation.join('\n');
    assert.match(text, /第八十八条第二款/);
    assert.match(text, /当日不计入/);
    assert.match(text, /跳过放假调休：春节，2025年1月28日至2025年2月4日（共8天）/);
    assert.match(text, /依《中华人民共和国行政复议法》第八十八条第一款适用/);
    assert.match(text, /计入调休上班日：2025年1月26日（星期日/);
    assert.match(text, /期限届满日：2025年2月7日（星期五）/);
  });

  test('the start day is not counted even when it is a working day', () => {
    assert.equal(due('enforcement.fine-handover', { from: '2025-03-10' }), '2025-03-12');
  });

  test('a period started on a holiday counts from the first working day after it', () => {
    assert.equal(due('reconsideration.acceptance-review', { from: '2025-10-03' }), '2025-10-14');
  });
});

describe('calendar-day periods and the roll of the last day (民事诉讼法 第八十五条)', () => {
  test('a 60-day reconsideration decision ending on 2025-10-04 moves past National Day to 2025-10-09', () => {
    const r = computeDeadline(cal, 'reconsideration.decision', { from: '2025-08-05' });
    assert.equal(r.due, '2025-10-09');
    assert.match(
      r.explanation.join('\n'),
      /期间最后一日为2025年10月4日（星期六）[\s\S]*国庆节、中秋节放假日（法定节假日），顺延至下一个工作日2025年10月9日/,
    );
  });

  test('a 15-day fine payment ending on the make-up Sunday 2025-09-28 does not move', () => {
    assert.equal(due('enforcement.fine-payment', { from: '2025-09-13' }), '2025-09-28');
  });

  test('a last day on an ordinary Saturday moves to Monday by default but stays where only statutory holidays roll', () => {
    assert.equal(due('enforcement.fine-payment', { from: '2025-03-07' }), '2025-03-24');
    const r = computeDeadline(cal, 'enforcement.fine-payment', { from: '2025-03-07', settings: onlyHolidays });
    assert.equal(r.due, '2025-03-22');
    assert.match(r.explanation.join('\n'), /仅在该日为法定节假日[\s\S]*按本地区设置不作调整/);
  });

  test('with roll-only-on-statutory-holidays a last day inside Mid-Autumn 2026 still moves to 2026-09-28', () => {
    assert.equal(due('litigation.defence', { from: '2026-09-12', settings: onlyHolidays }), '2026-09-28');
    assert.equal(due('litigation.defence', { from: '2026-09-12' }), '2026-09-28');
  });

  test('a minimum period ("不少于30日") is not moved by a weekend', () => {
    const r = computeDeadline(cal, 'decision.public-comment', { from: '2025-03-07' });
    assert.equal(r.due, '2025-04-06');
    assert.equal(r.limit, 'at_least');
    assert.match(r.explanation.join('\n'), /最早届满日：2025年4月6日/);
  });
});

describe('months and years', () => {
  test('6 months from 2025-08-31 end on 2026-02-28, a make-up Saturday, without moving', () => {
    assert.equal(due('litigation.sue-direct', { from: '2025-08-31' }), '2026-02-28');
  });

  test('6 months from 2023-08-31 end on the leap day 2024-02-29', () => {
    assert.equal(due('litigation.sue-direct', { from: '2023-08-31' }), '2024-02-29');
  });

  test('1 year from 2024-02-29 ends on 2025-02-28', () => {
    assert.equal(due('reconsideration.application-uninformed', { from: '2024-02-29' }), '2025-02-28');
  });

  test('2 years from 2024-10-03 end inside National Day 2026 and move to 2026-10-08', () => {
    const r = computeDeadline(cal, 'enforcement.limitation', { from: '2024-10-03' });
    assert.equal(r.due, '2026-10-08');
    assert.match(r.explanation.join('\n'), /民法典》第二百零二条/);
  });
});

describe('pauses', () => {
  test('a disclosure reply paused for third-party consultation over National Day 2025 skips the 10 paused working days', () => {
    const pauses = [{ from: '2025-09-20', to: '2025-10-10', reason: '征求第三方意见' }];
    const r = computeDeadline(cal, 'disclosure.reply', { from: '2025-09-15', pauses });
    assert.equal(r.due, '2025-10-31');
    const text = r.explanation.join('\n');
    assert.match(text, /中止计算：2025年9月20日至2025年10月10日（征求第三方意见），其间10个工作日不计入期限/);
    assert.match(text, /调休上班日2025年9月28日.*在中止期间内，不计入期限/);
    assert.match(text, /计入调休上班日：2025年10月11日/);
    assert.equal(due('disclosure.reply', { from: '2025-09-15' }), '2025-10-17');
  });

  test('overlapping pauses are merged so no day is skipped twice', () => {
    const pauses = [
      { from: '2025-09-25', to: '2025-10-10' },
      { from: '2025-09-20', to: '2025-09-30' },
    ];
    assert.equal(due('disclosure.reply', { from: '2025-09-15', pauses }), '2025-10-31');
  });

  test('a suspension of a calendar-day period extends it by the paused days', () => {
    const r = computeDeadline(cal, 'reconsideration.decision', {
      from: '2025-03-03',
      pauses: [{ from: '2025-04-01', to: '2025-04-10', reason: '行政复议中止' }],
    });
    assert.equal(r.due, '2025-05-12');
    assert.match(r.explanation.join('\n'), /其间10日不计入期限，期限相应顺延10日/);
  });

  test('a pause spanning the Spring Festival extends a 90-day penalty case by its 10 days, then the Sunday rolls', () => {
    const pauses = [{ from: '2025-01-27', to: '2025-02-05', reason: '听证' }];
    assert.equal(due('enforcement.penalty-case', { from: '2025-01-10', pauses }), '2025-04-21');
  });

  test('time to supplement materials stops a legal review; the approved extension adds 5 more working days', () => {
    const pauses = [{ from: '2026-02-12', to: '2026-02-13', reason: '补充材料' }];
    assert.equal(due('enforcement.legal-review', { from: '2026-02-10', pauses }), '2026-02-26');
    assert.equal(due('enforcement.legal-review', { from: '2026-02-10', pauses, extended: true }), '2026-03-04');
  });

  test('a pause after the due date is reported as not affecting the period', () => {
    const r = computeDeadline(cal, 'disclosure.reply', {
      from: '2025-03-03',
      pauses: [{ from: '2025-06-01', to: '2025-06-05' }],
    });
    assert.equal(r.due, due('disclosure.reply', { from: '2025-03-03' }));
    assert.match(r.explanation.join('\n'), /不在计算期间内，未影响期限/);
  });

  test('pauses are refused for a rule without a pause ground, and must not end before they start', () => {
    rejects('NOT_PAUSABLE', () =>
      due('enforcement.service', { from: '2025-03-03', pauses: [{ from: '2025-03-04', to: '2025-03-05' }] }),
    );
    rejects('INVALID_PAUSE', () =>
      due('disclosure.reply', { from: '2025-03-03', pauses: [{ from: '2025-03-06', to: '2025-03-05' }] }),
    );
    rejects('INVALID_DATE', () =>
      due('disclosure.reply', { from: '2025-03-03', pauses: [{ from: '2025-03-06', to: '2025-02-31' }] }),
    );
  });
});

describe('restarts and extensions', () => {
  test('a corrected disclosure request restarts the 20 working days from its receipt', () => {
    const r = computeDeadline(cal, 'disclosure.reply', { from: '2025-03-03', restartFrom: '2025-03-10' });
    assert.equal(r.from, '2025-03-10');
    assert.equal(r.due, '2025-04-08');
    assert.match(r.explanation.join('\n'), /重新起算：原起算日为2025年3月3日/);
    rejects('INVALID_RESTART', () => due('disclosure.reply', { from: '2025-03-10', restartFrom: '2025-03-03' }));
  });

  test('an extended disclosure reply runs 20 more working days after the original due date', () => {
    const r = computeDeadline(cal, 'disclosure.reply', { from: '2025-09-15', extended: true });
    assert.equal(r.due, '2025-11-14');
    assert.equal(r.extended, true);
    assert.match(
      r.explanation.join('\n'),
      /经批准延长：自原届满日2025年10月17日（星期五）（当日不计入）起再计算20个工作日/,
    );
  });

  test('an extended reconsideration decision counts 60+30 days from acceptance and rolls only the final date', () => {
    // 2026-01-20 + 60 = 03-21 (Saturday); rolling it to 03-23 first and adding 30 would give 04-22, two days more
    // than "最多不超过三十日" grants; 01-20 + 90 = 04-20 (Monday)
    const r = computeDeadline(cal, 'reconsideration.decision', { from: '2026-01-20', extended: true });
    assert.equal(r.due, '2026-04-20');
    assert.match(r.explanation.join('\n'), /原期限与延长期限自起算日连续计算.*仅最终届满日遇节假日顺延/);
    assert.equal(due('reconsideration.decision', { from: '2025-08-05', extended: true }), '2025-11-03');
    assert.equal(
      due('reconsideration.decision', { from: '2025-08-05', extended: true, settings: onlyHolidays }),
      '2025-11-03',
    );
  });

  test('a region that counts the extension from the rolled due date says so', () => {
    const settings = { extensionFromRolledDue: true };
    const r = computeDeadline(cal, 'reconsideration.decision', { from: '2026-01-20', extended: true, settings });
    assert.equal(r.due, '2026-04-22');
    assert.match(r.explanation.join('\n'), /本地区设置：延长期间自顺延后的原届满日起算/);
    assert.equal(due('reconsideration.decision', { from: '2025-08-05', extended: true, settings }), '2025-11-10');
  });

  test('a paused and extended disclosure reply combines both', () => {
    const pauses = [{ from: '2025-09-20', to: '2025-10-10' }];
    assert.equal(due('disclosure.reply', { from: '2025-09-15', pauses, extended: true }), '2025-11-28');
  });

  test('an extension is refused where the law provides none', () => {
    rejects('NO_EXTENSION', () => due('reconsideration.decision-simple', { from: '2025-03-03', extended: true }));
  });
});

describe('counting backwards from an event ("at least N before")', () => {
  test('a penalty hearing on 2025-10-10 must be notified by 2025-09-24, 7 working days before across National Day', () => {
    const r = computeDeadline(cal, 'enforcement.hearing-notice', { from: '2025-10-10' });
    assert.equal(r.due, '2025-09-24');
    assert.equal(r.direction, 'before');
    assert.match(r.explanation.join('\n'), /事件日：2025年10月10日（星期五），当日不计入/);
  });

  test('a reconsideration hearing on 2026-02-25 must be notified by 2026-02-11, counting the make-up Saturday 02-14', () => {
    assert.equal(due('reconsideration.hearing-notice', { from: '2026-02-25' }), '2026-02-11');
  });

  test('a latest day falling on a holiday moves earlier, never later', () => {
    assert.equal(due('litigation.appearance-notice', { from: '2025-10-09' }), '2025-09-30');
    assert.equal(due('decision.hearing-materials', { from: '2025-06-09' }), '2025-05-30');
  });

  test('a latest day on an ordinary Saturday moves to Friday by default but not where only holidays count', () => {
    assert.equal(due('decision.hearing-materials', { from: '2025-03-15' }), '2025-03-07');
    assert.equal(due('decision.hearing-materials', { from: '2025-03-15', settings: onlyHolidays }), '2025-03-08');
  });

  test('post-evaluation 6 months before expiry on 2026-04-05 starts by 2025-09-30', () => {
    assert.equal(due('normative.post-evaluation', { from: '2026-04-05' }), '2025-09-30');
  });
});

describe('fixed dates', () => {
  test('"before 1 March" 2026 is the make-up Saturday 2026-02-28, the last working day before it', () => {
    const r = computeDeadline(cal, 'report.annual-rule-of-law.submit', { from: '2025-06-01' });
    assert.equal(r.due, '2026-02-28');
    assert.match(r.explanation.join('\n'), /不含3月1日当日[\s\S]*春节调休上班日/);
    assert.equal(due('report.annual-rule-of-law.submit', { from: '2024-12-31' }), '2025-02-28');
  });

  test('"by 31 January" 2026 (a Saturday) moves back to Friday 2026-01-30 unless only holidays count', () => {
    assert.equal(due('report.disclosure-annual.department', { from: '2025-01-01' }), '2026-01-30');
    assert.equal(
      due('report.disclosure-annual.department', { from: '2025-01-01', settings: onlyHolidays }),
      '2026-01-31',
    );
  });

  test('"by 31 January" 2025 falls inside the Spring Festival and moves back to Monday 2025-01-27', () => {
    assert.equal(due('report.disclosure-annual.department', { from: '2024-07-01' }), '2025-01-27');
  });

  test('a same-year fixed date (依法行政报告 by 20 December 2025, a Saturday) falls back to 2025-12-19', () => {
    assert.equal(due('supervision.annual-report', { from: '2025-03-01' }), '2025-12-19');
  });
});

describe('hours', () => {
  test('a video record made at 10:30 must be uploaded by 10:30 the next day, through weekends', () => {
    const r = computeDeadline(cal, 'enforcement.video-upload', { from: '2025-03-01T10:30' });
    assert.equal(r.from, '2025-03-01T10:30:00+08:00');
    assert.equal(r.due, '2025-03-02T10:30:00+08:00');
    assert.equal(r.provisional, false);
    assert.equal(due('enforcement.video-upload', { from: '2025-09-30T23:00:00Z' }), '2025-10-02T07:00:00+08:00');
    rejects('INVALID_DATETIME', () => due('enforcement.video-upload', { from: '2025-03-01T24:10' }));
  });
});

describe('the provisional flag', () => {
  test('2026-12-20 + 20 working days reaches into 2027, which is not loaded, and is provisional', () => {
    const r = computeDeadline(cal, 'disclosure.reply', { from: '2026-12-20' });
    assert.equal(r.due, '2027-01-15');
    assert.equal(r.provisional, true);
    assert.match(r.explanation.at(-1) ?? '', /⚠ 临时结果：计算涉及2027年/);
  });

  test('a count that stays within the loaded years is not provisional, even from a start before them', () => {
    assert.equal(computeDeadline(cal, 'reconsideration.acceptance-review', { from: '2019-12-31' }).provisional, false);
    assert.equal(computeDeadline(cal, 'reconsideration.acceptance-review', { from: '2019-12-20' }).provisional, true);
    assert.equal(computeDeadline(cal, 'enforcement.fine-payment', { from: '2026-12-10' }).provisional, false);
    assert.equal(computeDeadline(cal, 'enforcement.fine-payment', { from: '2026-12-20' }).provisional, true);
    assert.equal(computeDeadline(cal, 'report.disclosure-annual.department', { from: '2026-05-01' }).provisional, true);
  });

  test('computeDueDate gives the same due date and flag without the explanation', () => {
    assert.deepEqual(computeDueDate(cal, 'disclosure.reply', { from: '2026-12-20' }), {
      due: '2027-01-15',
      provisional: true,
    });
  });
});

describe('jurisdiction settings', () => {
  test('a region that sets 10 working days for legal review gets 2025-02-13 from 2025-01-24', () => {
    const settings = { ruleOverrides: { 'enforcement.legal-review': { amount: 10 } } };
    const r = computeDeadline(cal, 'enforcement.legal-review', { from: '2025-01-24', settings });
    assert.equal(r.due, '2025-02-13');
    assert.equal(r.amount, 10);
    assert.match(r.explanation.join('\n'), /本地区设置：期限调整为10个工作日（目录默认为5个工作日）/);
  });

  test('an override of a rule fixed by law is refused, and amounts must be positive integers', () => {
    rejects('NOT_OVERRIDABLE', () =>
      due('disclosure.reply', {
        from: '2025-03-03',
        settings: { ruleOverrides: { 'disclosure.reply': { amount: 30 } } },
      }),
    );
    for (const amount of [0, -1, 1.5]) {
      rejects('INVALID_AMOUNT', () =>
        due('normative.filing', {
          from: '2025-03-03',
          settings: { ruleOverrides: { 'normative.filing': { amount } } },
        }),
      );
    }
  });

  test("a region's own rule named as the source of its amount is the basis shown, in calendar days", () => {
    const source = '《区落实法治建设试行意见》第（五）项';
    const settings = { ruleOverrides: { 'normative.filing-government-name': { amount: 5, source } } };
    const r = computeDeadline(cal, 'normative.filing-government-name', { from: '2026-03-11', settings });
    assert.equal(r.due, '2026-03-16');
    assert.equal(r.basis, source);
    const text = r.explanation.join('\n');
    assert.match(text, /——《区落实法治建设试行意见》第（五）项，期限为5日/);
    assert.match(text, /本地区规定：《区落实法治建设试行意见》第（五）项规定为5日（.*国发〔2008〕17号.*规定为15日）/);
    assert.match(text, /按自然日/);
    // without a named source the national basis keeps its own amount, and the region's amount follows
    const unnamed = computeDeadline(cal, 'normative.filing', {
      from: '2026-03-11',
      settings: { ruleOverrides: { 'normative.filing': { amount: 5 } } },
    });
    assert.match(unnamed.explanation[0] ?? '', /第（十四）项，期限为15日/);
  });

  test("another rule's override does not affect this one", () => {
    const settings = { ruleOverrides: { 'normative.filing': { amount: 3 } } };
    assert.equal(due('disclosure.reply', { from: '2025-09-15', settings }), '2025-10-17');
  });

  test('an unverified rule tells the clerk the region may adjust it, and where', () => {
    const r = computeDeadline(cal, 'normative.legality-review-max', { from: '2025-03-03' });
    assert.equal(r.verified, false);
    const text = r.explanation.join('\n');
    assert.match(text, /可由系统管理员在“地方设定参数”中调整/);
    assert.doesNotMatch(text, /尚未从官方文本核实/);
  });
});

describe('errors', () => {
  test('an unknown rule id throws CalendarError UNKNOWN_RULE with a Chinese message', () => {
    rejects('UNKNOWN_RULE', () => due('reconsideration.nonexistent', { from: '2025-03-03' }));
  });

  test('malformed start dates throw INVALID_DATE', () => {
    for (const from of ['2025-02-30', '2025/03/03', '2025-3-3', '']) {
      rejects('INVALID_DATE', () => due('disclosure.reply', { from }));
    }
  });
});

describe('a term of validity (an enforcement certificate’s)', () => {
  const region = (amount: number, source?: string) => ({
    ruleOverrides: { 'enforcement.certificate-validity': { amount, ...(source ? { source } : {}) } },
  });
  test('counts its start day, ends the day before the anniversary and is not moved off a day off', () => {
    // issued 2021-10-02: the fifth anniversary's eve 2026-10-01 is the National Day holiday, and stays
    const r = computeDeadline(cal, 'enforcement.certificate-validity', { from: '2021-10-02', settings: region(5) });
    assert.equal(r.due, '2026-10-01');
    const text = r.explanation.join('\n');
    assert.match(text, /当日计入有效期/);
    assert.match(text, /不顺延/);
    assert.match(text, /有效期最后一日：2026年10月1日/);
    assert.doesNotMatch(text, /当日不计入/);
    // a leap day's anniversary is the month's last day, and the day before it ends the term
    assert.equal(due('enforcement.certificate-validity', { from: '2024-02-29', settings: region(3) }), '2027-02-27');
  });
  test('cites the region’s own rule as its basis, and has no length without one', () => {
    const source = '示范区行政执法证件管理办法第八条';
    const r = computeDeadline(cal, 'enforcement.certificate-validity', {
      from: '2024-03-01',
      settings: region(2, source),
    });
    assert.equal(r.basis, source);
    assert.equal(r.due, '2026-02-28');
    assert.match(r.explanation[0]!, /有效期为2年/);
    rejects('INVALID_AMOUNT', () => due('enforcement.certificate-validity', { from: '2024-03-01' }));
  });
});
