import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  decisionActRefusal,
  decisionReviewChecklist,
  filingStanding,
  meetingOutcome,
  optionsProblem,
  reviewOutcome,
  startProblem,
} from './record';
import type { DecisionFacts } from './workflow';

const none = { hearing: false, expert_review: false, risk_assessment: false, fair_competition_review: false };
const drafted: DecisionFacts = {
  applicable: none,
  draftRecorded: true,
  viewsDifferWidely: false,
  optionCount: 1,
  singleOptionReason: null,
  participationExempt: false,
  consultationClosed: false,
  hearingRecordSigned: false,
  expertOpinionsSigned: false,
  riskControllable: null,
  fairCompetitionReviewed: false,
  legalityReview: null,
  discussionAdopted: false,
  partyReported: false,
  changeDiscussed: false,
};

describe('a decision record’s acts', () => {
  test('an act the status does not allow is a conflict naming the status', () => {
    const r = decisionActRefusal('proposed', 'recordDraft', drafted);
    assert.equal(r?.status, 409);
    assert.match(r!.message, /决策建议待研究.*不能拟订决策草案/);
    assert.equal(decisionActRefusal('proposed', 'decideStart', drafted), null);
  });

  test('第十五条: no consultation before the draft and its explanation', () => {
    const r = decisionActRefusal('drafting', 'openConsultation', { ...drafted, draftRecorded: false });
    assert.equal(r?.status, 422);
    assert.match(r!.message, /拟订决策草案及其说明.*第十二条/);
    assert.equal(decisionActRefusal('drafting', 'openConsultation', drafted), null);
  });

  test('第十四条、第二十六条: no legality review before the public participation, naming it', () => {
    const r = decisionActRefusal('drafting', 'submitForReview', drafted);
    assert.equal(r?.code, 'DECISION_STEP_MISSING');
    assert.match(r!.message, /公众参与.*第十四条/);
    assert.equal(decisionActRefusal('drafting', 'submitForReview', { ...drafted, consultationClosed: true }), null);
  });

  test('第十九条: an item that calls for expert review is not reviewed for legality without the signed opinions', () => {
    const r = decisionActRefusal('drafting', 'submitForReview', {
      ...drafted,
      consultationClosed: true,
      applicable: { ...none, expert_review: true },
    });
    assert.match(r!.message, /专家论证.*第十九条/);
  });

  test('the review is concluded only while the draft is under review', () => {
    assert.equal(decisionActRefusal('drafting', 'recordReview', drafted)?.status, 409);
    assert.equal(decisionActRefusal('legality_review', 'recordReview', drafted), null);
  });
});

describe('the rules of the start, the draft and the review', () => {
  test('第十一条: a matter outside the catalogue needs its reason', () => {
    assert.match(startProblem({}) ?? '', /未列入决策事项目录.*应当说明理由.*第十一条/);
    assert.equal(startProblem({ outsideReason: '年中突发的重大民生事项' }), null);
    assert.equal(startProblem({ catalogueItemId: 'x' }), null);
  });

  test('第十二条第四款: views differing widely need two options or the reason for one', () => {
    assert.match(optionsProblem({ viewsDifferWidely: true, optionCount: 1 }) ?? '', /第十二条第四款/);
    assert.equal(optionsProblem({ viewsDifferWidely: true, optionCount: 2 }), null);
    assert.equal(optionsProblem({ viewsDifferWidely: true, optionCount: 1, singleOptionReason: '已协调一致' }), null);
    assert.equal(optionsProblem({ viewsDifferWidely: false, optionCount: 1 }), null);
  });

  test('第二十八条: the checklist asks about powers, procedure and substance', () => {
    assert.deepEqual(Object.keys(decisionReviewChecklist), ['authority', 'procedure', 'substance']);
  });

  test('第二十五条: a draft found unlawful goes back to drafting; a lawful one to the meeting', () => {
    assert.deepEqual(reviewOutcome('failed'), { legality: 'unlawful', next: 'drafting' });
    assert.deepEqual(reviewOutcome('passed'), { legality: 'lawful', next: 'discussion' });
    assert.deepEqual(reviewOutcome('passed_with_changes'), { legality: 'lawful', next: 'discussion' });
  });
});

describe('the meeting, the publication and the filing', () => {
  test('第三十条: adopted goes to publication, not adopted ends it, deferred stays for the next meeting', () => {
    assert.equal(meetingOutcome('adopted'), 'decided');
    assert.equal(meetingOutcome('not_adopted'), 'not_adopted');
    assert.equal(meetingOutcome('deferred'), 'discussion');
  });

  test('第三十条、第三十一条: no meeting before a lawful review; no publication before the Party committee', () => {
    const reviewed = { ...drafted, consultationClosed: true, legalityReview: 'lawful' as const };
    assert.equal(decisionActRefusal('discussion', 'recordDiscussion', reviewed), null);
    const unlawful = decisionActRefusal('discussion', 'recordDiscussion', { ...reviewed, legalityReview: 'unlawful' });
    assert.match(unlawful!.message, /合法性审查.*第二十五条/);
    const adopted = { ...reviewed, discussionAdopted: true };
    assert.match(decisionActRefusal('decided', 'publish', adopted)!.message, /向同级党委请示报告.*第三十一条/);
    assert.equal(decisionActRefusal('decided', 'publish', { ...adopted, partyReported: true }), null);
  });

  test('the filing is on time or late by its day, overdue by today while not filed', () => {
    assert.equal(filingStanding({ due: '2027-02-20', filedOn: '2027-02-20', today: '2027-03-01' }), 'on_time');
    assert.equal(filingStanding({ due: '2027-02-20', filedOn: '2027-02-21', today: '2027-03-01' }), 'late');
    assert.equal(filingStanding({ due: '2027-02-20', filedOn: null, today: '2027-02-21' }), 'overdue');
    assert.equal(filingStanding({ due: '2027-02-20', filedOn: null, today: '2027-02-20' }), 'pending');
  });
});
