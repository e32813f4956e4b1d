import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCalendar, nationalCalendarData } from '../calendar';
import {
  assessRisk,
  checkCommentPeriod,
  checkEvaluator,
  checkHearingNotice,
  checkLegalityReviewTime,
  checkMeetingRecord,
  filingDue,
  procedureApplicability,
  type MeetingSpeech,
} from './rules';
import { decisionStepDefinitions } from './steps';

const calendar = buildCalendar(nationalCalendarData);
const c = { calendar };

describe('periods, counted by the calendar engine', () => {
  test('第十五条: comment period at least 30 days, shorter only with the reason stated', () => {
    const v = checkCommentPeriod(c, { opensOn: '2026-03-02', closesOn: '2026-03-20' });
    assert.equal(v.ok, false);
    assert.equal(v.earliestClose, '2026-04-01');
    assert.match(!v.ok ? v.message : '', /一般不少于30日.*第十五条/);
    assert.deepEqual(checkCommentPeriod(c, { opensOn: '2026-03-02', closesOn: '2026-04-01' }), {
      ok: true,
      shortened: false,
      earliestClose: '2026-04-01',
    });
    const urgent = checkCommentPeriod(c, {
      opensOn: '2026-03-02',
      closesOn: '2026-03-20',
      shortenedReason: '汛期临近',
    });
    assert.deepEqual(urgent, { ok: true, shortened: true, earliestClose: '2026-04-01' });
    assert.equal(checkCommentPeriod(c, { opensOn: '2026-03-02', closesOn: '2026-03-02' }).ok, false);
  });

  test('the national 30 days of 第十五条 are not for a region to shorten (the engine refuses the override)', () => {
    const settings = { ruleOverrides: { 'decision.public-comment': { amount: 20 } } };
    assert.throws(
      () => checkCommentPeriod({ calendar, settings }, { opensOn: '2026-03-02', closesOn: '2026-03-22' }),
      /不允许由本地区调整/,
    );
  });

  test('第十六条第三款: hearing materials reach the participants 7 days before the hearing', () => {
    assert.deepEqual(checkHearingNotice(c, { hearingOn: '2026-06-15', materialsSentOn: '2026-06-08' }), { ok: true });
    const late = checkHearingNotice(c, { hearingOn: '2026-06-15', materialsSentOn: '2026-06-10' });
    assert.equal(late.ok, false);
    assert.match(!late.ok ? late.message : '', /7日前送达.*第十六条第三款/);
  });

  test('第二十六条第二款: the legality review is given at least 7 working days, counted over holidays', () => {
    // submitted the Monday before 国庆 2026: 7 working days end only after the holiday
    const early = checkLegalityReviewTime(c, { submittedOn: '2026-09-28', concludedOn: '2026-10-05' });
    assert.equal(early.ok, false);
    assert.ok(early.earliest > '2026-10-07', early.earliest);
    assert.match(!early.ok ? early.message : '', /7个工作日.*第二十六条第二款/);
    assert.equal(checkLegalityReviewTime(c, { submittedOn: '2026-09-28', concludedOn: early.earliest }).ok, true);
    assert.equal(
      checkLegalityReviewTime(c, { submittedOn: '2026-09-28', concludedOn: '2026-09-30', shortReason: '防汛紧急' }).ok,
      true,
    );
  });

  test('filing with the government one level up: 30 days from publication by default, a region may set its own', () => {
    const byDefault = filingDue(c, '2026-03-02');
    assert.equal(byDefault.due, '2026-04-01');
    // the default cites the local rule as steps.ts names it, never another locality's document
    assert.equal(byDefault.basis, decisionStepDefinitions.filing.basis);
    assert.doesNotMatch(JSON.stringify(byDefault), /包头|东河|包东/);
    const settings = { ruleOverrides: { 'decision.filing': { amount: 15, source: '《某省重大行政决策程序规定》' } } };
    const own = filingDue({ calendar, settings }, '2026-03-02');
    assert.equal(own.due, '2026-03-17');
    assert.match(own.basis, /某省重大行政决策程序规定/);
  });
});

describe('step rules', () => {
  const report = {
    level: 'high' as const,
    riskPoints: ['征地补偿'],
    measures: '分期补偿',
    contingencyPlan: '专班处置',
  };

  test('第二十四条: an uncontrollable risk sends the draft back; 第二十三条: the report is complete', () => {
    assert.deepEqual(assessRisk({ ...report, controllable: true }), { ok: true, next: 'proceed' });
    assert.deepEqual(assessRisk({ ...report, controllable: false }), { ok: true, next: 'back_to_drafting' });
    const thin = assessRisk({ ...report, controllable: true, riskPoints: [' '], contingencyPlan: '' });
    assert.equal(thin.ok, false);
    assert.deepEqual(!thin.ok && thin.missing, ['riskPoints', 'contingencyPlan']);
  });

  const member = (name: string, view: MeetingSpeech['view'], opinion = ''): MeetingSpeech => ({
    name,
    isHead: false,
    view,
    opinion,
  });
  const head: MeetingSpeech = { name: '区长', isHead: true, view: 'agree', opinion: '同意' };

  test('第三十条: the head speaks last, a decision against the majority states its reasons, dissent is written', () => {
    const members = [member('甲', 'agree'), member('乙', 'agree'), member('丙', 'disagree', '财政压力过大')];
    assert.deepEqual(checkMeetingRecord({ speeches: [...members, head], decision: 'adopted' }), []);
    assert.deepEqual(checkMeetingRecord({ speeches: [head, ...members], decision: 'adopted' }), ['head_not_last']);
    assert.deepEqual(checkMeetingRecord({ speeches: members, decision: 'adopted' }), ['head_missing']);
    const against = [
      member('甲', 'disagree', '时机不成熟'),
      member('乙', 'disagree', '需再论证'),
      member('丙', 'agree'),
    ];
    assert.deepEqual(checkMeetingRecord({ speeches: [...against, head], decision: 'adopted' }), ['reasons_required']);
    assert.deepEqual(
      checkMeetingRecord({ speeches: [...against, head], decision: 'adopted', headReasons: '民生急需，风险可控' }),
      [],
    );
    assert.deepEqual(
      checkMeetingRecord({
        speeches: [member('甲', 'disagree'), member('乙', 'agree'), member('丁', 'agree'), head],
        decision: 'adopted',
      }),
      ['dissent_unrecorded'],
    );
  });

  test('第三十六条第二款: the unit that assessed before the decision may not evaluate after it', () => {
    assert.equal(checkEvaluator({ evaluatorName: '示范评估中心', preDecisionAssessors: ['示范评估中心'] }).ok, false);
    assert.deepEqual(checkEvaluator({ evaluatorName: '示范大学', preDecisionAssessors: ['示范评估中心'] }), {
      ok: true,
    });
  });

  test('第二条、第四十二条: governments follow the procedure, departments and townships by reference where the region says so', () => {
    assert.equal(procedureApplicability('government', false), 'applies');
    assert.equal(procedureApplicability('department', true), 'by_reference');
    assert.equal(procedureApplicability('township', false), 'not_required');
    assert.equal(procedureApplicability('internal_office', true), 'not_required');
  });
});
