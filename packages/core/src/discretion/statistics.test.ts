import { test } from 'node:test';
import assert from 'node:assert/strict';
import { discretionStatisticDefinition, discretionStatisticDefinitions, discretionStatisticKeys } from './statistics';

test('every figure has one definition with its date and article 34; a lenient circumstance cites its own article', () => {
  assert.deepEqual(
    discretionStatisticDefinitions.map((d) => d.key),
    [...discretionStatisticKeys],
  );
  for (const k of discretionStatisticKeys) {
    const d = discretionStatisticDefinition(k);
    assert.ok(d.label && d.definition && d.countedDate);
    assert.match(d.basis, /行政处罚法》第三十四条/);
  }
  assert.match(discretionStatisticDefinition('circumstances_no_penalty').basis, /第三十三条/);
  assert.match(discretionStatisticDefinition('circumstances_lighter').basis, /第三十二条/);
  assert.doesNotMatch(discretionStatisticDefinition('circumstances_heavier').basis, /第三十二条|第三十三条/);
});
