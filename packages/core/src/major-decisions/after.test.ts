// The rules after a decision, each with its article: the gates of execution (第三十四条), the stop only through a
// collective discussion (第三十七条), the adjustment's outcome, the evaluator (第三十六条第二款), the case file's
// gaps (第三十三条) and the progress-report period counted by the calendar engine (a region may set its own).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCalendar, computeDeadline, nationalCalendarData } from '../calendar';
import {
  adjustmentOutcome,
  caseFileGaps,
  decisionAfterRefusal,
  describeCaseFileGaps,
  PROGRESS_REPORT_RULE,
  type CaseFileFacts,
} from './after';
import { checkEvaluator } from './rules';
import type { DecisionFacts } from './workflow';

const none = { implementationAssigned: false, archived: false, changeDiscussed: false };

describe('acts after the decision', () => {
  test('第三十四条: progress is reported and the decision evaluated only once the implementing unit is named', () => {
    const r = decisionAfterRefusal('published', 'reportProgress', none);
    assert.equal(r?.status, 422);
    assert.match(r!.message, /明确决策执行单位.*第三十四条/);
    assert.equal(decisionAfterRefusal('published', 'evaluate', none)?.status, 422);
    assert.equal(decisionAfterRefusal('published', 'reportProgress', { ...none, implementationAssigned: true }), null);
    assert.equal(decisionAfterRefusal('drafting', 'assignImplementation', none)?.status, 409);
    assert.equal(
      decisionAfterRefusal('published', 'assignImplementation', { ...none, implementationAssigned: true })?.code,
      'IMPLEMENTATION_ALREADY_ASSIGNED',
    );
  });

  test('第三十七条: a stop only with the meeting that decided it; the head suspends only a decision in force', () => {
    const r = decisionAfterRefusal('published', 'stop', none);
    assert.equal(r?.status, 422);
    assert.match(r!.message, /常务会议或者全体会议.*第三十七条/);
    assert.equal(decisionAfterRefusal('suspended', 'stop', { ...none, changeDiscussed: true }), null);
    assert.equal(decisionAfterRefusal('suspended', 'suspend', none)?.status, 409);
    assert.equal(decisionAfterRefusal('stopped', 'adjust', none)?.status, 409);
    assert.equal(adjustmentOutcome('minor'), 'published');
    assert.equal(adjustmentOutcome('major'), 'suspended', 'a major adjustment runs the procedure again');
  });

  test('accountability at any stage; an archive once, and only of a procedure that ended', () => {
    assert.equal(decisionAfterRefusal('drafting', 'recordAccountability', none), null);
    assert.equal(decisionAfterRefusal('legality_review', 'archive', none)?.status, 409);
    assert.equal(
      decisionAfterRefusal('not_started', 'archive', { ...none, archived: true })?.code,
      'DECISION_ALREADY_ARCHIVED',
    );
  });

  test('第三十六条第二款: the unit that assessed before the decision may not evaluate after it', () => {
    const v = checkEvaluator({
      evaluatorName: '示范区社会稳定评估中心',
      preDecisionAssessors: ['示范区社会稳定评估中心'],
    });
    assert.equal(v.ok, false);
    assert.match(!v.ok ? v.message : '', /第三十六条第二款/);
  });
});

describe('第三十三条: the case file', () => {
  const facts: DecisionFacts = {
    applicable: { hearing: false, expert_review: false, risk_assessment: true, fair_competition_review: false },
    draftRecorded: true,
    viewsDifferWidely: false,
    optionCount: 0,
    singleOptionReason: null,
    participationExempt: false,
    consultationClosed: true,
    hearingRecordSigned: false,
    expertOpinionsSigned: false,
    riskControllable: true,
    fairCompetitionReviewed: false,
    legalityReview: 'lawful',
    discussionAdopted: true,
    partyReported: true,
    changeDiscussed: false,
  };
  const full: CaseFileFacts = {
    status: 'published',
    facts,
    startRecorded: true,
    meetingRecorded: true,
    published: true,
    filed: true,
    implementationAssigned: true,
    progressReports: 1,
  };

  test('a published decision needs every applicable step to the filing and its execution', () => {
    assert.deepEqual(caseFileGaps(full), []);
    const gaps = caseFileGaps({
      ...full,
      filed: false,
      progressReports: 0,
      facts: { ...facts, riskControllable: null },
    });
    assert.deepEqual(
      gaps.map((g) => g.part),
      ['risk_assessment', 'filing', 'progress'],
    );
    assert.match(
      describeCaseFileGaps(gaps),
      /风险评估报告（《重大行政决策程序暂行条例》第二十二条至第二十四条）.*第三十三条/,
    );
    assert.equal(
      caseFileGaps({ ...full, filed: false }, { filing: '《某省重大行政决策程序规定》第四十条' })[0]!.basis,
      '《某省重大行政决策程序规定》第四十条',
    );
  });

  test('a procedure that ended early needs only the steps it reached', () => {
    assert.deepEqual(caseFileGaps({ ...full, status: 'not_started', filed: false, published: false }), []);
    const notAdopted = caseFileGaps({ ...full, status: 'not_adopted', filed: false, progressReports: 0 });
    assert.deepEqual(notAdopted, []);
  });
});

test('第三十四条: the next progress report after three months by default, a region may set its own period', () => {
  const calendar = buildCalendar(nationalCalendarData);
  assert.equal(computeDeadline(calendar, PROGRESS_REPORT_RULE, { from: '2026-03-02' }).due, '2026-06-02');
  const own = computeDeadline(calendar, PROGRESS_REPORT_RULE, {
    from: '2026-03-02',
    settings: { ruleOverrides: { [PROGRESS_REPORT_RULE]: { amount: 1, source: '《某县重大行政决策执行管理办法》' } } },
  });
  assert.equal(own.due, '2026-04-02');
  assert.match(own.basis, /某县/);
});
