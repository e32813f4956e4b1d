// Assertions the rule tests share: whether the pre-check reports a high or medium finding of a category on a text.
// Low findings ask the reviewer to check a citation and are not counted, as in the bench.
import assert from 'node:assert/strict';
import { precheck } from './run';
import type { PrecheckCategory, PrecheckInput } from './types';

export function counted(input: PrecheckInput | string, category: PrecheckCategory) {
  const given = typeof input === 'string' ? { text: input } : input;
  return precheck(given).findings.filter((f) => f.category === category && f.severity !== 'low');
}

export function flags(input: PrecheckInput | string, category: PrecheckCategory) {
  const text = typeof input === 'string' ? input : input.text;
  assert.ok(counted(input, category).length > 0, `expected a ${category} finding in: ${text}`);
}

export function clear(input: PrecheckInput | string, category: PrecheckCategory) {
  const text = typeof input === 'string' ? input : input.text;
  assert.deepEqual(
    counted(input, category).map((f) => f.text),
    [],
    `expected no ${category} finding in: ${text}`,
  );
}
