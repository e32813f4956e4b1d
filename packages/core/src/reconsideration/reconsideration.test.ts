import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCalendar, computeDeadline, nationalCalendarData } from '../calendar';
import {
  applicationLimits,
  caseActFrom,
  caseActs,
  correctionItemsProblem,
  handlersProblem,
  mayActFrom,
  procedureProblem,
  unmetConditions,
} from './index';

const calendar = buildCalendar(nationalCalendarData);

test('第二十条: sixty days from knowing the act, continued after a justified obstacle', () => {
  const [sixty] = applicationLimits({
    knownOn: '2026-06-01',
    actOn: null,
    realProperty: false,
    notInformed: false,
    informedOn: null,
    obstacle: null,
  });
  assert.equal(computeDeadline(calendar, sixty!.ruleId, { from: sixty!.from }).due, '2026-07-31');
  const [paused] = applicationLimits({
    knownOn: '2026-06-01',
    actOn: null,
    realProperty: false,
    notInformed: false,
    informedOn: null,
    obstacle: { from: '2026-06-10', to: '2026-06-19' },
  });
  assert.equal(
    computeDeadline(calendar, paused!.ruleId, { from: paused!.from, pauses: paused!.pauses }).due,
    '2026-08-10',
  );
});

test('第二十条第三款、第二十一条: not informed, sixty days from learning, capped at a year; five or twenty years from the act', () => {
  const limits = applicationLimits({
    knownOn: '2025-03-01',
    actOn: '2020-01-10',
    realProperty: false,
    notInformed: true,
    informedOn: '2026-05-01',
    obstacle: null,
  });
  assert.deepEqual(
    limits.map((l) => [l.key, l.ruleId, l.from]),
    [
      ['sixty-days', 'reconsideration.application', '2026-05-01'],
      ['uninformed-cap', 'reconsideration.application-uninformed', '2025-03-01'],
      ['absolute', 'reconsideration.absolute-limit-other', '2020-01-10'],
    ],
  );
  const property = applicationLimits({
    ...{ knownOn: '2025-03-01', actOn: '2020-01-10', notInformed: false, informedOn: null, obstacle: null },
    realProperty: true,
  });
  assert.equal(property.at(-1)?.ruleId, 'reconsideration.absolute-limit-real-property');
});

test('第三十条、第三十一条: a refusal names the unmet conditions; 补正 lists every item once', () => {
  assert.deepEqual(
    unmetConditions([
      'applicant-and-respondent',
      'interest',
      'requests-and-reasons',
      'within-time',
      'within-scope',
      'within-jurisdiction',
    ]),
    ['no-parallel-case'],
  );
  assert.equal(correctionItemsProblem([]), '请一次性列明需要补正的全部事项');
  assert.equal(correctionItemsProblem(['身份证明', ' 身份证明 ']), '补正事项重复');
  assert.equal(correctionItemsProblem(['身份证明', '']), '补正事项不得为空');
  assert.equal(correctionItemsProblem(['身份证明', '行政行为的书面材料']), null);
});

test('第五十三条: the simplified procedure needs its ground, a sum of at most 3,000 yuan; handlers by the region minimum', () => {
  assert.equal(procedureProblem('ordinary', null, null), null);
  assert.match(procedureProblem('simplified', null, null) ?? '', /第五十三条/);
  assert.match(procedureProblem('simplified', 'small-amount', 3001) ?? '', /3000元以下/);
  assert.equal(procedureProblem('simplified', 'small-amount', 3000), null);
  const seed000 = { ordinary: 2, major: 3 };
  assert.equal(handlersProblem(2, false, seed000), null);
  assert.equal(handlersProblem(2, true, seed000), '重大案件应当至少由3名行政复议人员承办');
  assert.equal(handlersProblem(1, false, seed000), '案件应当至少由2名行政复议人员承办');
});

test('the state machine: acceptance review acts only before acceptance, the hearing acts only after it', () => {
  assert.equal(caseActs.length, Object.keys(caseActFrom).length);
  assert.ok(mayActFrom('request-correction', 'received'));
  assert.ok(!mayActFrom('request-correction', 'correction_requested'));
  assert.ok(mayActFrom('submit-correction', 'correction_requested'));
  assert.ok(!mayActFrom('decide', 'received'));
  assert.ok(mayActFrom('terminate', 'suspended'));
  assert.ok(!mayActFrom('accept', 'not_accepted'));
  // 第三十六条第一款: handlers are named (or changed) once the case is accepted, also while it is suspended
  assert.ok(mayActFrom('name-handlers', 'suspended'));
  assert.ok(!mayActFrom('name-handlers', 'received'));
  assert.ok(!mayActFrom('name-handlers', 'decided'));
});

test('第七十九条: a published decision keeps a person only by surname, and no ID or mobile number', async () => {
  const { redactDecisionText } = await import('./publication');
  assert.equal(
    redactDecisionText('申请人张三（身份证号11010519491231002X，电话13800138000）与张三丰、欧阳明月不服…', [
      '张三',
      '张三丰',
      '欧阳明月',
    ]),
    '申请人张某（身份证号******************，电话***********）与张某、欧阳某不服…',
  );
});

test('第四十九条: an ordinary case is decided after hearing the parties, or on the papers with its reason', async () => {
  const { viewsProblem } = await import('./procedure');
  assert.match(viewsProblem('ordinary', 0, null) ?? '', /第四十九条/);
  assert.equal(viewsProblem('ordinary', 1, null), null);
  assert.equal(viewsProblem('ordinary', 0, '申请人拒绝陈述意见'), null);
  assert.equal(viewsProblem('simplified', 0, null), null);
});
