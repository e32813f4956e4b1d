// The shared public-participation and legality-review rules, applied with each subject module's own statutory rule
// (the deadline engine counts the period; the rules decide).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCalendar, computeDeadline, nationalCalendarData } from '../calendar';
import {
  adoptionReportBlocks,
  adoptionReportRefusal,
  checkConsultationPeriod,
  checklistProblems,
  checkReviewTime,
  consultationPeriodProblem,
  reviewTimeProblem,
  type AdoptionReportFacts,
} from './index';

const calendar = buildCalendar(nationalCalendarData);
const opensOn = '2026-03-02';
const closesOn = '2026-03-27'; // 25 days

test('a period is judged against the subject rule: 25 days pass a region that set 20, not a major decision', () => {
  // a region sets its own normative period (the rule is overridable); the decision period is the 条例's, fixed
  const normative = computeDeadline(calendar, 'normative.public-comment', {
    from: opensOn,
    settings: {
      ruleOverrides: { 'normative.public-comment': { amount: 20, source: '某省行政规范性文件管理办法第十条' } },
    },
  });
  const decision = computeDeadline(calendar, 'decision.public-comment', { from: opensOn });
  assert.match(decision.basis, /重大行政决策程序暂行条例.*第十五条/);
  assert.equal(decision.amount, 30);
  assert.deepEqual(checkConsultationPeriod({ opensOn, closesOn, earliestClose: normative.due }), {
    ok: true,
    shortened: false,
  });
  assert.deepEqual(checkConsultationPeriod({ opensOn, closesOn, earliestClose: decision.due }), {
    ok: false,
    reason: 'too_short',
  });
  // the refusal cites the subject's own rule and its minimum
  const problem = consultationPeriodProblem('too_short', decision);
  assert.match(problem.message, /第十五条/);
  assert.match(problem.message, /不少于30日/);
  assert.equal(problem.field, `不得早于 ${decision.due}`);
});

test('a shorter period passes only with a stated reason, and a blank reason is no reason', () => {
  const earliestClose = computeDeadline(calendar, 'decision.public-comment', { from: opensOn }).due;
  assert.deepEqual(
    checkConsultationPeriod({ opensOn, closesOn, earliestClose, shortenedReason: '防汛应急，需在汛期前施行' }),
    {
      ok: true,
      shortened: true,
    },
  );
  assert.deepEqual(checkConsultationPeriod({ opensOn, closesOn, earliestClose, shortenedReason: '  ' }), {
    ok: false,
    reason: 'too_short',
  });
  assert.deepEqual(checkConsultationPeriod({ opensOn, closesOn: opensOn, earliestClose, shortenedReason: '紧急' }), {
    ok: false,
    reason: 'closes_before_opening',
  });
});

test('review time: the floor needs a reason to be undercut; without a ceiling a review is never late', () => {
  const floor = computeDeadline(calendar, 'decision.legality-review', { from: '2026-03-02' }).due;
  const base = { submittedOn: '2026-03-02', earliestConclusion: floor };
  assert.deepEqual(checkReviewTime({ ...base, concludedOn: '2026-03-05', latestConclusion: null }), {
    ok: false,
    reason: 'too_early',
  });
  assert.deepEqual(checkReviewTime({ ...base, concludedOn: '2026-03-05', latestConclusion: null, earlyReason: '急' }), {
    ok: true,
    late: false,
  });
  assert.deepEqual(checkReviewTime({ ...base, concludedOn: '2026-09-30', latestConclusion: null }), {
    ok: true,
    late: false,
  });
  assert.deepEqual(checkReviewTime({ ...base, concludedOn: '2026-09-30', latestConclusion: '2026-03-20' }), {
    ok: true,
    late: true,
  });
  // the refusal names the subject's floor with its article and the field to fill
  const floorRule = computeDeadline(calendar, 'decision.legality-review', { from: '2026-03-02' });
  const problem = reviewTimeProblem('too_early', floorRule, '2026-03-02');
  assert.equal(problem.code, 'REVIEW_TOO_EARLY');
  assert.equal(problem.path, 'earlyReason');
  assert.match(problem.message, /不少于7个工作日.*第二十六条/);
  assert.equal(reviewTimeProblem('before_submission', floorRule, '2026-03-02').path, 'concludedOn');
});

test("the checklist is the subject's: every item once, none other, a problem with its note", () => {
  const items = { authority: '决策事项是否属于决策机关的法定权限', procedure: '是否履行了法定程序' };
  assert.deepEqual(
    checklistProblems(
      [
        { item: 'authority', finding: 'ok' },
        { item: 'procedure', finding: 'problem', note: '未组织专家论证' },
      ],
      items,
    ),
    [],
  );
  const problems = checklistProblems(
    [
      { item: 'authority', finding: 'problem', note: ' ' },
      { item: 'adds_powers', finding: 'ok' },
    ],
    items,
  );
  assert.deepEqual(
    problems.map((p) => [p.code, p.path]),
    [
      ['CHECKLIST_NOTE_REQUIRED', 'checklist.0.note'],
      ['CHECKLIST_ITEM_UNKNOWN', 'checklist.1.item'],
      ['CHECKLIST_ITEM_MISSING', 'checklist'],
    ],
  );
  assert.match(problems[2]!.message, /是否履行了法定程序/);
  assert.deepEqual(checklistProblems([{ item: 'authority', finding: 'ok' }], items, { complete: false }), []);
});

test('the adoption report counts every comment and prints only the moderated, answered ones without names', () => {
  const facts: AdoptionReportFacts = {
    title: '某区老旧小区改造实施方案',
    orgName: '某区住房和城乡建设局',
    articles: [{ id: 'a1', heading: '第一条' }],
    consultations: [{ opensOn: '2026-03-02', closesOn: '2026-04-01', closedOn: '2026-04-02', shortenedReason: null }],
    comments: [
      {
        moderationStatus: 'approved',
        articleId: 'a1',
        body: '建议增加加装电梯',
        answer: 'adopted',
        answerLabel: '采纳',
        answerReason: null,
      },
      {
        moderationStatus: 'approved',
        articleId: null,
        body: '改造资金全部由财政承担',
        answer: 'not_adopted',
        answerLabel: '不予采纳',
        answerReason: '与第三条规定的分担机制不符',
      },
      {
        moderationStatus: 'rejected',
        articleId: null,
        body: '广告',
        answer: null,
        answerLabel: null,
        answerReason: null,
      },
    ],
  };
  assert.equal(adoptionReportRefusal(facts, null), null);
  const blocks = adoptionReportBlocks(facts, (d) => d, '2026-04-10');
  const text = JSON.stringify(blocks);
  assert.match(text, /共收到意见3条；其中经审核与征求意见内容无关等属于无效意见的1条，有效意见2条/);
  assert.match(text, /采纳1条，部分采纳0条，不予采纳1条/);
  assert.match(text, /三、未予采纳意见的理由/);
  assert.doesNotMatch(text, /广告/);
  const table = blocks.find((b) => b.kind === 'table');
  assert.deepEqual(table?.kind === 'table' && table.rows.map((r) => r[1]), ['第一条', '总体意见']);
  assert.equal(adoptionReportRefusal({ ...facts, consultations: [] }, null)?.code, 'NO_CONSULTATION');
  assert.equal(
    adoptionReportRefusal({ ...facts, comments: facts.comments.map((c) => ({ ...c, answer: null })) }, null)?.code,
    'NO_ANSWERED_COMMENTS',
  );
});
