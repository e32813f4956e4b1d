import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkProblems, commitmentStatisticDefinition, commitmentStatisticKeys } from './index';

test('a false commitment needs its consequence; a kept one has none', () => {
  assert.deepEqual(checkProblems('kept', []), []);
  assert.deepEqual(checkProblems('false', ['revoked', 'credit_record']), []);
  assert.match(checkProblems('false', [])[0]!.message, /42号/);
  assert.equal(checkProblems('kept', ['revoked'])[0]!.field, 'consequences');
});

test('every figure has its definition, date and basis', () => {
  for (const k of commitmentStatisticKeys) {
    const d = commitmentStatisticDefinition(k);
    assert.ok(d.label && d.countedDate && d.basis.includes('国办发〔2020〕42号'));
  }
});
