// The rules of the legal-advisers module: an adviser's place against the unit's kind, a contract's standing as of a
// day, the review periods named by the statute catalogue, and the meeting agenda's refusal.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findRule } from '../calendar/catalogue';
import {
  adviserPlaceProblems,
  agendaRefusal,
  contractStanding,
  reviewChecklists,
  reviewMatterKinds,
  reviewPeriodRules,
} from './index';

describe('an adviser’s place', () => {
  test('a village or community is kept under its township by name', () => {
    assert.deepEqual(adviserPlaceProblems({ level: 'village', unitKind: 'township', communityName: '东村' }), []);
    assert.deepEqual(
      adviserPlaceProblems({ level: 'community', unitKind: 'department' }).map((p) => p.path),
      ['unitId', 'communityName'],
    );
  });
  test('a department adviser sits at a department, and names no village', () => {
    assert.deepEqual(adviserPlaceProblems({ level: 'department', unitKind: 'department' }), []);
    assert.deepEqual(
      adviserPlaceProblems({ level: 'department', unitKind: 'government', communityName: '东村' }).map((p) => p.path),
      ['unitId', 'communityName'],
    );
  });
});

describe('a contract’s standing, derived from today', () => {
  const term = { from: '2026-01-01', until: '2026-12-31' };
  test('in force, lapsing within the warning days, lapsed, not started', () => {
    assert.deepEqual(contractStanding(term, '2026-06-01', 30), { standing: 'in_force', daysLeft: 213 });
    assert.deepEqual(contractStanding(term, '2026-12-01', 30), { standing: 'lapsing', daysLeft: 30 });
    assert.equal(contractStanding(term, '2027-01-01', 30).standing, 'lapsed');
    assert.equal(contractStanding(term, '2025-12-31', 30).standing, 'not_started');
  });
});

describe('the review of contracts, meeting topics and other documents', () => {
  test('each kind names its floor and ceiling rules in the statute catalogue, overridable by the region', () => {
    for (const kind of reviewMatterKinds) {
      const { floor, ceiling } = reviewPeriodRules[kind];
      assert.equal(findRule(floor)?.limit, 'at_least');
      assert.equal(findRule(ceiling)?.limit, 'within');
      assert.ok(findRule(floor)?.overridable && findRule(ceiling)?.overridable);
      assert.ok(Object.keys(reviewChecklists[kind]).length >= 3);
    }
  });
  test('a meeting topic goes on the agenda only after a passed review, where the region requires it', () => {
    const topic = (standing: Parameters<typeof agendaRefusal>[0]['standing'], revised = false) =>
      agendaRefusal({ title: '议题', standing, revised }, true);
    assert.equal(topic('passed'), null);
    assert.match(topic('not_sent')!, /未经合法性审查/);
    assert.match(topic('pending')!, /正在合法性审查中/);
    assert.match(topic('failed')!, /不合法/);
    assert.match(topic('passed_with_changes')!, /尚未按审查意见修改/);
    assert.equal(topic('passed_with_changes', true), null);
    assert.equal(agendaRefusal({ title: '议题', standing: 'not_sent', revised: false }, false), null);
  });
});
