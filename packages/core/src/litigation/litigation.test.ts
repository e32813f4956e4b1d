import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  appealRuleOf,
  appearanceProblems,
  caseNumberProblems,
  headRequiredReasons,
  lostOutcomes,
  parseCaseNumber,
  outcomeBasis,
} from './index';
import { findRule } from '../calendar';

test('a case number is read in its full-width form and checked against the instance and the filing year', () => {
  assert.equal(parseCaseNumber('(2026)内0105行初12号')?.normalised, '（2026）内0105行初12号');
  assert.equal(parseCaseNumber('（2026）内02行终3号')?.kind, '行终');
  assert.equal(parseCaseNumber('2026内0105行初12号'), null);
  assert.deepEqual(caseNumberProblems('（2026）内0105行初12号', 'first', '2026-03-02'), []);
  assert.equal(caseNumberProblems('（2026）内0105行初12号', 'second', '2026-03-02').length, 1);
  assert.equal(caseNumberProblems('（2025）内0105行赔初2号', 'first', '2026-01-05').length, 1);
  assert.match(caseNumberProblems('内0105行初12号', 'first', '2026-01-05')[0]!, /例如/);
});

test('the lost outcomes are the judgments against the agency, each outcome with its article', () => {
  assert.deepEqual(lostOutcomes, [
    'annulled',
    'partly_annulled',
    'changed',
    'declared_unlawful',
    'declared_void',
    'ordered_to_perform',
    'ordered_to_pay',
  ]);
  assert.equal(outcomeBasis('withdrawn_after_correction'), '《中华人民共和国行政诉讼法》第六十二条');
});

test('the appeal period follows the outcome: 15 days for a judgment, 10 for a ruling, none after the second instance', () => {
  assert.equal(appealRuleOf('annulled', 'first'), 'litigation.appeal-judgment');
  assert.equal(appealRuleOf('suit_dismissed', 'first'), 'litigation.appeal-ruling');
  assert.equal(appealRuleOf('withdrawn', 'first'), null);
  assert.equal(appealRuleOf('annulled', 'second'), null);
  for (const id of [
    'litigation.defence',
    'litigation.appeal-judgment',
    'litigation.appeal-ruling',
    'litigation.head-identity-certificate',
    'litigation.recommendation-reply',
  ])
    assert.ok(findRule(id), id);
});

test('the head must appear when the court calls or the region’s rule names the suit, each reason with its source', () => {
  const suit = {
    firstOfYear: true,
    major: false,
    group: false,
    compensation: true,
    courtCalled: ['food_drug' as const],
  };
  const reasons = headRequiredReasons(suit, ['first_of_year', 'major', 'group', 'compensation'], '地方规定');
  assert.equal(reasons.length, 3);
  assert.match(reasons[0]!, /第四条第一款/);
  assert.deepEqual(headRequiredReasons({ ...suit, courtCalled: [] }, [], '地方规定'), []);
});

test('an appearance names the head with the certificate before the hearing, or the reason with its proof', () => {
  assert.deepEqual(
    appearanceProblems(
      { appearance: 'head', headName: '王某', headPost: 'principal', certificateOn: '2026-03-01' },
      '2026-03-02',
    ),
    [],
  );
  assert.deepEqual(
    appearanceProblems(
      { appearance: 'head', headName: '王某', headPost: 'principal', certificateOn: '2026-03-03' },
      '2026-03-02',
    ).map((p) => p.field),
    ['certificateOn'],
  );
  assert.deepEqual(
    appearanceProblems({ appearance: 'stand_in' }, '2026-03-02').map((p) => p.field),
    ['absenceReason', 'absenceProof', 'standInName', 'standInPost'],
  );
});
