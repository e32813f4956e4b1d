import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  decisionActs,
  decisionStatuses,
  describeMissingDecisionSteps,
  mayPerformDecisionAct,
  missingDecisionSteps,
  type DecisionFacts,
} from './workflow';
import { decisionStepDefinitions, decisionSteps, stepBasesIn, stepsFor } from './steps';

const none = { hearing: false, expert_review: false, risk_assessment: false, fair_competition_review: false };
const all = { hearing: true, expert_review: true, risk_assessment: true, fair_competition_review: true };

const complete: DecisionFacts = {
  applicable: all,
  draftRecorded: true,
  viewsDifferWidely: false,
  optionCount: 1,
  singleOptionReason: null,
  participationExempt: false,
  consultationClosed: true,
  hearingRecordSigned: true,
  expertOpinionsSigned: true,
  riskControllable: true,
  fairCompetitionReviewed: true,
  legalityReview: 'lawful',
  discussionAdopted: true,
  partyReported: true,
  changeDiscussed: false,
};

describe('the steps of 重大行政决策程序暂行条例', () => {
  test('every step cites the article that requires it, in the regulation’s order', () => {
    assert.deepEqual(decisionSteps.slice(0, 3), ['start', 'drafting', 'public_participation']);
    assert.match(decisionStepDefinitions.start.basis, /第十条、第十一条/);
    assert.match(decisionStepDefinitions.legality_review.basis, /第二十五条至第二十八条/);
    assert.match(decisionStepDefinitions.collective_discussion.basis, /第三十条/);
    assert.match(decisionStepDefinitions.party_report.basis, /第三十一条/);
    assert.match(decisionStepDefinitions.post_evaluation.basis, /第三十六条/);
    assert.match(decisionStepDefinitions.adjustment.basis, /第三十七条/);
    for (const s of decisionSteps) if (s !== 'filing') assert.ok(decisionStepDefinitions[s].basis.includes('《'), s);
  });

  test('the filing step cites the region’s own rule, never another locality’s document', () => {
    assert.doesNotMatch(decisionStepDefinitions.filing.basis, /包头|东河/);
    assert.equal(stepBasesIn(undefined).filing, '本地区关于重大行政决策备案的规定');
    assert.equal(stepBasesIn('《某省重大行政决策程序规定》第三十条').filing, '《某省重大行政决策程序规定》第三十条');
  });

  test('a catalogue item without hearing, expert review, risk or market effect has only the steps every decision has', () => {
    const steps = stepsFor(none);
    for (const s of ['hearing', 'expert_review', 'risk_assessment', 'fair_competition_review'] as const)
      assert.ok(!steps.includes(s), s);
    assert.ok(steps.includes('legality_review') && steps.includes('party_report'));
    assert.equal(stepsFor(all).length, decisionSteps.length);
  });
});

describe('the procedure’s gates name the missing step with its article', () => {
  test('第二十五条: no collective discussion without a legality review, nor after one found unlawful', () => {
    for (const legalityReview of [null, 'unlawful'] as const) {
      const missing = missingDecisionSteps('record-discussion', { ...complete, legalityReview });
      assert.deepEqual(missing, ['legality_review']);
      assert.match(describeMissingDecisionSteps(missing), /合法性审查.*第二十五条/);
    }
    // an exploratory reform goes forward with its legal risk stated
    assert.deepEqual(
      missingDecisionSteps('record-discussion', { ...complete, legalityReview: 'legal_risk_stated' }),
      [],
    );
  });

  test('第三十一条: not published before the report to the same-level Party committee', () => {
    const missing = missingDecisionSteps('publish', { ...complete, partyReported: false });
    assert.deepEqual(missing, ['party_report']);
    assert.match(describeMissingDecisionSteps(missing), /向同级党委请示报告.*第三十一条/);
  });

  test('第二十四条: an uncontrollable (or unassessed) risk keeps the draft from review where risk assessment applies', () => {
    assert.deepEqual(missingDecisionSteps('submit-for-legality-review', { ...complete, riskControllable: false }), [
      'risk_assessment',
    ]);
    assert.deepEqual(
      missingDecisionSteps('submit-for-legality-review', {
        ...complete,
        applicable: { ...all, risk_assessment: false },
        riskControllable: null,
      }),
      [],
    );
  });

  test('第十二条第四款: views differing widely need two options or the reason for one', () => {
    const differ = { ...complete, viewsDifferWidely: true };
    const missing = missingDecisionSteps('open-consultation', differ);
    assert.deepEqual(missing, ['options']);
    assert.match(describeMissingDecisionSteps(missing), /两个以上方案.*第十二条第四款/);
    assert.deepEqual(missingDecisionSteps('open-consultation', { ...differ, optionCount: 2 }), []);
    assert.deepEqual(
      missingDecisionSteps('open-consultation', { ...differ, singleOptionReason: '各方分歧已协调一致' }),
      [],
    );
  });

  test('hearing, expert review and fair-competition review are required only where the item says they apply', () => {
    const bare = {
      ...complete,
      hearingRecordSigned: false,
      expertOpinionsSigned: false,
      fairCompetitionReviewed: false,
    };
    assert.deepEqual(missingDecisionSteps('submit-for-legality-review', bare), [
      'hearing',
      'expert_review',
      'fair_competition_review',
    ]);
    assert.deepEqual(missingDecisionSteps('submit-for-legality-review', { ...bare, applicable: none }), []);
  });

  test('the hearing, expert review, risk assessment and fair-competition review: each missing one named with its article', () => {
    const cases = [
      ['hearingRecordSigned', false, /听证会.*第十六条、第十七条/],
      ['expertOpinionsSigned', false, /专家论证.*第十九条、第二十条/],
      ['riskControllable', null, /风险评估.*第二十二条至第二十四条/],
      ['fairCompetitionReviewed', false, /公平竞争审查.*第二十九条第一项.*国务院令第783号/],
    ] as const;
    for (const [fact, value, message] of cases) {
      const missing = missingDecisionSteps('submit-for-legality-review', { ...complete, [fact]: value });
      assert.equal(missing.length, 1, fact);
      assert.match(describeMissingDecisionSteps(missing), message);
    }
    assert.deepEqual(missingDecisionSteps('submit-for-legality-review', complete), []);
  });

  test('第十四条: public participation is done by a closed consultation or the recorded exemption (依法不予公开)', () => {
    const open = { ...complete, consultationClosed: false };
    assert.deepEqual(missingDecisionSteps('submit-for-legality-review', open), ['public_participation']);
    assert.deepEqual(missingDecisionSteps('submit-for-legality-review', { ...open, participationExempt: true }), []);
  });

  test('第三十七条: a decision is stopped only after the procedure decided it', () => {
    assert.deepEqual(missingDecisionSteps('stop', complete), ['change_discussion']);
    assert.deepEqual(missingDecisionSteps('stop', { ...complete, changeDiscussed: true }), []);
  });

  test('the state machine: each act from its statuses only', () => {
    assert.ok(mayPerformDecisionAct('proposed', 'decide-start'));
    assert.ok(!mayPerformDecisionAct('drafting', 'record-discussion'));
    assert.ok(mayPerformDecisionAct('discussion', 'record-discussion'));
    assert.ok(!mayPerformDecisionAct('discussion', 'publish'));
    assert.ok(mayPerformDecisionAct('decided', 'publish'));
    assert.ok(mayPerformDecisionAct('published', 'suspend') && !mayPerformDecisionAct('suspended', 'suspend'));
    // every act is reachable from some status, every status has a label
    for (const act of decisionActs)
      assert.ok(
        decisionStatuses.some((s) => mayPerformDecisionAct(s, act)),
        act,
      );
  });
});
