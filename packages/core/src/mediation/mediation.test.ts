// The rules of 人民调解法 the mediation module applies: a committee's make-up and term, how a dispute may end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCalendar } from '../calendar/calendar';
import { nationalCalendarData } from '../calendar/data/national';
import { computeDeadline } from '../calendar/deadline';
import { addYears, committeeProblems, outcomeProblems, type CommitteeMember } from '.';

const m = (post: CommitteeMember['post'], gender: CommitteeMember['gender'] = 'male'): CommitteeMember => ({
  post,
  gender,
});

test('a committee of three to nine members with one director and a woman among them has no problem (第八条)', () => {
  const members = [m('director', 'female'), m('member'), m('member'), m('engaged')];
  assert.deepEqual(committeeProblems(members, '2025-03-01', '2026-12-08'), []);
});

test('too few members, no director, no woman: every problem at once, engaged mediators not counted', () => {
  const problems = committeeProblems([m('member'), m('engaged'), m('engaged'), m('engaged')], null, '2026-12-08');
  assert.deepEqual(
    problems.map((p) => p.rule),
    ['members', 'director', 'woman'],
  );
  assert.match(problems[0]!.message, /委员1人，应为3至9人/);
  assert.ok(problems.every((p) => p.basis.startsWith('《中华人民共和国人民调解法》第八条')));
});

test('ten members or two directors are problems too', () => {
  const ten = [m('director', 'female'), ...Array.from({ length: 9 }, () => m('member'))];
  assert.deepEqual(
    committeeProblems(ten, null, '2026-12-08').map((p) => p.rule),
    ['members'],
  );
  const two = [m('director', 'female'), m('director'), m('member')];
  assert.match(committeeProblems(two, null, '2026-12-08')[0]!.message, /设主任2人/);
});

test('the term of three years is derived from the election day and today (第九条第二款)', () => {
  const members = [m('director', 'female'), m('member'), m('member')];
  assert.deepEqual(committeeProblems(members, '2023-12-09', '2026-12-08'), []);
  const ended = committeeProblems(members, '2023-12-08', '2026-12-08');
  assert.equal(ended[0]?.rule, 'term');
  assert.match(ended[0]!.message, /任期已于2026-12-08届满/);
  assert.equal(addYears('2024-02-29', 3), '2027-02-28');
});

test('an agreement needs its content, a day between registration and today and no negative amount', () => {
  assert.deepEqual(
    outcomeProblems(
      { outcome: 'agreed', effectiveOn: '2026-12-01', content: '赔偿', agreementAmountYuan: 100 },
      '2026-11-01',
      '2026-12-08',
    ),
    [],
  );
  const problems = outcomeProblems(
    { outcome: 'agreed', effectiveOn: '2026-10-01', content: ' ', agreementAmountYuan: -1 },
    '2026-11-01',
    '2026-12-08',
  );
  assert.deepEqual(
    problems.map((p) => p.field),
    ['agreementEffectiveOn', 'agreementContent', 'agreementAmountYuan'],
  );
});

test('mediation ended without agreement must tell the parties their remedies (第二十六条)', () => {
  const problems = outcomeProblems(
    { outcome: 'failed', endedOn: '2026-12-09', remediesTold: false },
    '2026-11-01',
    '2026-12-08',
  );
  assert.deepEqual(
    problems.map((p) => p.field),
    ['endedOn', 'remediesTold'],
  );
  assert.match(problems[1]!.message, /第二十六条/);
});

test('the thirty days for 司法确认 run in calendar days from the agreement’s effect (第三十三条)', () => {
  const r = computeDeadline(buildCalendar(nationalCalendarData), 'mediation.judicial-confirmation', {
    from: '2026-11-02',
  });
  assert.equal(r.due, '2026-12-02');
  // a period whose last day is a holiday ends on the next working day: 2026-09-01 + 30 = 10-01, 国庆 to 10-08
  assert.equal(
    computeDeadline(buildCalendar(nationalCalendarData), 'mediation.judicial-confirmation', { from: '2026-09-01' }).due,
    '2026-10-08',
  );
  assert.ok(r.explanation.join('').includes('第三十三条'));
});
