// Every rule of the catalogue is computed and compared with a naive day-by-day count on the independent
// `chinese-days` data, and the catalogue's own invariants are checked (ids, articles, working-day amounts).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import chineseDays from 'chinese-days';
import { buildCalendar } from './calendar';
import { amountLabel, basisOf, findRule, ruleGroupOf, statuteCatalogue, unitLabels } from './catalogue';
import { nationalCalendarData } from './data/national';
import { computeDeadline } from './deadline';
import type { StatuteRule, Unit } from './types';

const cal = buildCalendar(nationalCalendarData);
const isWork = (iso: string): boolean => chineseDays.isWorkday(iso);
const DAY = 86_400_000;
const shift = (iso: string, n: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);

function shiftMonths(iso: string, months: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), last))).toISOString().slice(0, 10);
}

function stepWorking(iso: string, n: number): string {
  const dir = n < 0 ? -1 : 1;
  let d = iso;
  for (let counted = 0; counted < Math.abs(n);) {
    d = shift(d, dir);
    if (isWork(d)) counted++;
  }
  return d;
}

function rollWhileOff(iso: string, dir: 1 | -1): string {
  let d = iso;
  while (!isWork(d)) d = shift(d, dir);
  return d;
}

/** The obvious day-stepping reading of a rule, with default settings. */
function naive(
  rule: StatuteRule,
  from: string,
  unit: Unit = rule.unit,
  amount = rule.amount,
  forceAfter = false,
): string {
  const before = rule.direction === 'before' && !forceAfter;
  const sign = before ? -1 : 1;
  if (unit === 'working_days') return stepWorking(from, sign * amount);
  let last: string;
  if (unit === 'fixed_date' && rule.fixed) {
    const f = rule.fixed;
    const year = Number(from.slice(0, 4)) + f.yearOffset;
    const target = `${year}-${String(f.month).padStart(2, '0')}-${String(f.day).padStart(2, '0')}`;
    return rollWhileOff(f.inclusive ? target : shift(target, -1), -1);
  }
  if (unit === 'days') last = shift(from, sign * amount);
  else last = shiftMonths(from, sign * amount * (unit === 'years' ? 12 : 1));
  if (before) return rollWhileOff(last, -1);
  if (rule.limit === 'at_least' && !forceAfter) return last;
  return rollWhileOff(last, 1);
}

const starts = ['2024-10-05', '2025-01-24', '2025-04-30', '2025-09-26', '2026-02-12', '2026-09-30'];

describe('every catalogue rule agrees with day-by-day counting on the chinese-days data', () => {
  for (const rule of statuteCatalogue) {
    test(`${rule.id}: ${rule.title}（${basisOf(rule)}，${rule.unit === 'fixed_date' ? '固定日期' : amountLabel(rule.amount, rule.unit)}）`, () => {
      for (const from of starts) {
        if (rule.unit === 'hours') {
          const r = computeDeadline(cal, rule, { from: `${from}T09:15` });
          const expected = new Date(Date.parse(`${from}T09:15:00+08:00`) + rule.amount * 3_600_000);
          assert.equal(Date.parse(r.due), expected.getTime());
          continue;
        }
        // a term of validity has no catalogue amount: counted with a region's (5 years), its start day counting
        const r = computeDeadline(cal, rule.id, {
          from,
          ...(rule.validity ? { settings: { ruleOverrides: { [rule.id]: { amount: 5 } } } } : {}),
        });
        const expected = rule.validity ? shift(shiftMonths(from, 60), -1) : naive(rule, from);
        assert.equal(r.due, expected, `${rule.id} from ${from}`);
        assert.equal(r.rule, rule.id);
        assert.equal(r.basis, basisOf(rule));
        assert.ok(
          r.explanation.some((line) => line.includes(r.basis)),
          'the explanation cites the article',
        );
        assert.ok(r.explanation.length >= 3);
        if (rule.extension) {
          const ext = computeDeadline(cal, rule.id, { from, extended: true });
          // the stricter reading: the extension runs on from the unrolled end of a calendar period
          const base = rule.unit === 'days' ? shift(from, rule.amount) : r.due;
          const expected = naive(rule, base, rule.extension.unit, rule.extension.amount, true);
          assert.equal(ext.due, expected, `${rule.id} extended from ${from}`);
        }
      }
    });
  }
});

describe('catalogue invariants', () => {
  const required = [
    'reconsideration.acceptance-review',
    'reconsideration.correction-notice',
    'reconsideration.applicant-correction',
    'reconsideration.copy-to-respondent',
    'reconsideration.respondent-answer',
    'reconsideration.decision',
    'reconsideration.decision-simple',
    'reconsideration.hearing-notice',
    'reconsideration.application',
    'reconsideration.opinion-letter-report',
    'disclosure.reply',
    'disclosure.correction-notice',
    'disclosure.third-party-reply',
    'disclosure.proactive',
    'report.disclosure-annual.department',
    'report.disclosure-annual.government',
    'enforcement.publicity-decision',
    'enforcement.publicity-other',
    'enforcement.penalty-case',
    'enforcement.legal-review',
    'enforcement.hearing-notice',
    'enforcement.hearing-request',
    'enforcement.service',
    'enforcement.fine-payment',
    'enforcement.evidence-preservation',
    'enforcement.publicity-withdrawal',
    'enforcement.video-upload',
    'enforcement.statistics-annual',
    'decision.public-comment',
    'decision.hearing-materials',
    'decision.legality-review',
    'decision.filing',
    'decision.progress-report',
    'normative.filing',
    'normative.legality-review-min',
    'normative.legality-review-max',
    'normative.review-request-acceptance',
    'normative.review-request-reply',
    'normative.post-evaluation',
    'normative.public-comment',
    'normative.filing-review',
    'normative.correction',
    'normative.cleanup',
    'litigation.defence',
    'litigation.appearance-notice',
    'report.annual-rule-of-law.submit',
    'report.annual-rule-of-law.publish',
    'casefile-review.objection',
  ];

  test('the catalogue holds every rule the modules rely on', () => {
    for (const id of required) assert.ok(findRule(id), id);
    assert.equal(findRule('nope.nothing'), undefined);
  });

  test('ids are unique and namespaced by module', () => {
    const ids = statuteCatalogue.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    const modules =
      /^(reconsideration|enforcement|supervision|disclosure|report|decision|normative|regulation|litigation|casefile-review|legal-review|mediation)\.[a-z-]+(\.[a-z-]+)*$/;
    for (const id of ids) assert.match(id, modules);
  });

  test('every rule has a Chinese title, a law in 《》 and a usable amount', () => {
    for (const r of statuteCatalogue) {
      assert.match(r.title, /[\u4e00-\u9fa5]/, r.id);
      assert.match(r.law, /^《|^地方|^本地区/, r.id);
      if (r.unit === 'fixed_date') assert.ok(r.fixed, r.id);
      // a term of validity takes the region's amount, always: the catalogue's 0 is never counted (deadline.ts)
      else if (r.validity) assert.ok(r.amount === 0 && r.overridable, r.id);
      else assert.ok(Number.isInteger(r.amount) && r.amount >= 1, r.id);
      if (r.verified) assert.notEqual(r.article, '', `${r.id}: verified rules cite an article`);
      assert.ok(unitLabels[r.unit]);
    }
  });

  test('行政复议法 working-day periods are exactly its 3/5/7/10-day periods (第八十八条第二款)', () => {
    for (const r of statuteCatalogue.filter((x) => x.law === '《中华人民共和国行政复议法》')) {
      if (r.unit === 'working_days') assert.ok([3, 5, 7, 10].includes(r.amount), r.id);
      if (r.unit === 'days') assert.ok(![3, 5, 7, 10].includes(r.amount), r.id);
    }
  });

  test('行政处罚法 working-day periods are exactly its 2/3/5/7-day periods (第八十五条)', () => {
    for (const r of statuteCatalogue.filter((x) => x.law === '《中华人民共和国行政处罚法》')) {
      if (r.unit === 'working_days') assert.ok([2, 3, 5, 7].includes(r.amount), r.id);
      if (r.unit === 'days') assert.ok(![2, 3, 5, 7].includes(r.amount), r.id);
    }
  });

  test('unverified numbers are flagged and left to each jurisdiction', () => {
    for (const id of [
      'normative.legality-review-min',
      'normative.legality-review-max',
      'normative.review-request-reply',
      'normative.review-request-acceptance',
      'normative.public-comment',
      'normative.filing-review',
      'normative.correction',
    ]) {
      const r = findRule(id);
      assert.equal(r?.verified, false, id);
      assert.equal(r?.overridable, true, id);
    }
    assert.equal(findRule('enforcement.legal-review')?.overridable, true);
    assert.equal(findRule('disclosure.reply')?.overridable, false);
  });

  test('articles checked against the official texts', () => {
    assert.equal(findRule('decision.legality-review')?.article, '第二十六条');
    assert.equal(findRule('decision.hearing-materials')?.article, '第十六条');
    assert.equal(findRule('decision.public-comment')?.article, '第十五条');
    assert.equal(findRule('reconsideration.decision')?.extension?.amount, 30);
    assert.equal(findRule('disclosure.reply')?.extension?.unit, 'working_days');
  });
});

describe('rule groups for the public calculator', () => {
  test('every rule of the catalogue belongs to a named group', () => {
    for (const rule of statuteCatalogue) assert.notEqual(ruleGroupOf(rule), '其他', rule.id);
  });
});

describe('normative-document periods', () => {
  test('a consultation may not close before 30 days (a jurisdiction may set its own)', () => {
    const r = computeDeadline(cal, 'normative.public-comment', { from: '2026-03-02' });
    assert.equal(r.limit, 'at_least');
    assert.equal(r.due, '2026-04-01');
    const local = computeDeadline(cal, 'normative.public-comment', {
      from: '2026-03-02',
      settings: { ruleOverrides: { 'normative.public-comment': { amount: 20 } } },
    });
    assert.equal(local.due, '2026-03-22');
  });

  test('filing review runs 30 days and may be extended by 20; a correction is due within 30 days', () => {
    const review = computeDeadline(cal, 'normative.filing-review', { from: '2026-03-02' });
    assert.equal(review.due, '2026-04-01');
    const extended = computeDeadline(cal, 'normative.filing-review', { from: '2026-03-02', extended: true });
    assert.ok(extended.due > review.due);
    assert.equal(computeDeadline(cal, 'normative.correction', { from: '2026-03-02' }).due, '2026-04-01');
  });

  test('the review-request periods are 5 days to decide on acceptance and 60 days to answer', () => {
    assert.equal(findRule('normative.review-request-acceptance')?.amount, 5);
    assert.equal(findRule('normative.review-request-reply')?.amount, 60);
    assert.equal(findRule('normative.legality-review-min')?.unit, 'working_days');
    assert.equal(findRule('normative.legality-review-max')?.amount, 15);
  });
});

// the public deadline calculator lists these for every region: their basis is the national source, the number is
// the region's to set (issue 10 §4: never another province's rule)
test('the validity rules of normative documents cite the national source, not 内蒙古', () => {
  for (const id of ['normative.validity-max', 'normative.validity-provisional-max']) {
    const rule = findRule(id);
    assert.ok(rule, id);
    assert.doesNotMatch(basisOf(rule), /内蒙古/, id);
    assert.match(basisOf(rule), /国办发〔2018〕37号/, id);
    assert.equal(rule.overridable, true, id);
  }
});
