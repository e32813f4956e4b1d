import { test } from 'node:test';
import assert from 'node:assert/strict';
import { benchmarkProblems, type BenchmarkContent } from './benchmark';
import { suggestPenalty } from './suggest';
import { lenientEntries } from './lenient-lists';

// 《价格违法行为行政处罚规定》第七条 as a benchmark: fines as multiples of the illegal gains
const price: BenchmarkContent = {
  itemCode: 'CF-TEST-001',
  itemName: '经营者不执行政府指导价、政府定价',
  legalBasis: '《价格违法行为行政处罚规定》第九条',
  circumstances: [
    {
      kind: 'no_penalty',
      description: '初次违法，违法所得不超过500元，并及时退还多收价款的',
      conditions: [
        { fact: 'firstOffence', op: 'is', value: true },
        { fact: 'illegalGainsYuan', op: 'lte', value: 500 },
        { fact: 'correctedPromptly', op: 'is', value: true },
      ],
      fine: null,
      otherPenalties: '',
    },
    {
      kind: 'lighter',
      description: '违法所得不超过5000元的',
      conditions: [{ fact: 'illegalGainsYuan', op: 'lte', value: 5000 }],
      fine: { kind: 'multiple', of: 'illegalGainsYuan', minTimes: 0, maxTimes: 1 },
      otherPenalties: '没收违法所得',
    },
    {
      kind: 'general',
      description: '不具有其他情形的',
      conditions: [],
      fine: { kind: 'multiple', of: 'illegalGainsYuan', minTimes: 1, maxTimes: 3 },
      otherPenalties: '没收违法所得',
    },
    {
      kind: 'heavier',
      description: '侵害对象涉及未成年人的',
      conditions: [{ fact: 'minorsInvolved', op: 'is', value: true }],
      fine: { kind: 'multiple', of: 'illegalGainsYuan', minTimes: 3, maxTimes: 5 },
      otherPenalties: '没收违法所得；情节严重的，责令停业整顿',
    },
  ],
};

test('a case with no circumstance gets the general range, in yuan from the illegal gains', () => {
  const s = suggestPenalty(price, { illegalGainsYuan: 20000, firstOffence: false });
  assert.equal(s.circumstance, 'general');
  assert.deepEqual(s.fineYuan, { minYuan: 20000, maxYuan: 60000 });
  assert.equal(s.fineText, '违法所得1倍以上3倍以下罚款');
  assert.equal(s.basis[0], '《价格违法行为行政处罚规定》第九条');
  const lighter = s.reasons.find((r) => r.ref === '从轻处罚')!;
  assert.equal(lighter.applies, false);
  assert.deepEqual(lighter.conditions[0], { condition: '违法所得（元）不超过5000', entered: '20000', held: false });
});

test('under 14 is never punished (第三十条), and the party is educated (第三十三条第三款)', () => {
  const s = suggestPenalty(price, { ageAtViolation: 13, illegalGainsYuan: 20000 });
  assert.equal(s.circumstance, 'no_penalty');
  assert.equal(s.mandatory, true);
  assert.equal(s.fine, null);
  assert.ok(s.basis.some((b) => b.includes('第三十条') && b.includes('不满十四周岁')));
  assert.ok(s.basis.some((b) => b.includes('第三十三条第三款')));
});

test('14 to 18 must be lighter or reduced; without a 减轻 circumstance the benchmark’s 从轻 applies', () => {
  const s = suggestPenalty(price, { ageAtViolation: 16, illegalGainsYuan: 20000 });
  assert.equal(s.circumstance, 'lighter');
  assert.equal(s.mandatory, true);
  assert.deepEqual(s.fineYuan, { minYuan: 0, maxYuan: 20000 });
  const withReduced = {
    ...price,
    circumstances: [
      ...price.circumstances,
      {
        kind: 'reduced' as const,
        description: '具有法定减轻情节的',
        conditions: [{ fact: 'coercedOrDeceived' as const, op: 'is' as const, value: true }],
        fine: { kind: 'amount' as const, minYuan: 0, maxYuan: 5000 },
        otherPenalties: '',
      },
    ],
  };
  assert.equal(suggestPenalty(withReduced, { ageAtViolation: 16 }).circumstance, 'reduced');
});

test('a first minor violation corrected in time may go unpunished (第三十三条, 可以)', () => {
  const s = suggestPenalty(price, {
    firstOffence: true,
    harm: 'minor',
    correctedPromptly: true,
    illegalGainsYuan: 3000,
  });
  assert.equal(s.circumstance, 'no_penalty');
  assert.equal(s.mandatory, false);
  assert.deepEqual(s.alsoApplicable, ['lighter']);
  const serious = suggestPenalty(price, {
    firstOffence: true,
    harm: 'serious',
    correctedPromptly: true,
    illegalGainsYuan: 3000,
  });
  assert.equal(serious.circumstance, 'lighter');
});

test('a minor violation corrected without harm, or no subjective fault, is not punished (第三十三条, 不予)', () => {
  assert.equal(suggestPenalty(price, { minorViolation: true, correctedPromptly: true, harm: 'none' }).mandatory, true);
  assert.equal(suggestPenalty(price, { noSubjectiveFault: true, illegalGainsYuan: 90000 }).circumstance, 'no_penalty');
  assert.equal(
    suggestPenalty(price, { minorViolation: true, correctedPromptly: false, harm: 'none' }).circumstance,
    'general',
  );
});

test('第三十一条: incapable not punished, partly capable may be lighter; 第三十二条 each clause lighter', () => {
  assert.equal(suggestPenalty(price, { mentalCapacity: 'none' }).circumstance, 'no_penalty');
  const partial = suggestPenalty(price, { mentalCapacity: 'partial', illegalGainsYuan: 20000 });
  assert.equal(partial.circumstance, 'lighter');
  assert.equal(partial.mandatory, false);
  for (const fact of ['eliminatedHarm', 'coercedOrDeceived', 'confessedUnknown', 'meritoriousCooperation'] as const) {
    const s = suggestPenalty(price, { [fact]: true, illegalGainsYuan: 20000 });
    assert.equal(s.circumstance, 'lighter', fact);
    assert.ok(
      s.basis.some((b) => b.includes('第三十二条')),
      fact,
    );
  }
});

test('lighter and heavier at once: the stated order decides, and says so with its source', () => {
  const facts = { eliminatedHarm: true, minorsInvolved: true, illegalGainsYuan: 20000 };
  const s = suggestPenalty(price, facts);
  assert.equal(s.circumstance, 'lighter');
  assert.match(s.conflict!, /从轻处罚、从重处罚/);
  assert.match(s.conflict!, /国市监法规〔2022〕2号/);
  const heavierFirst = suggestPenalty(price, facts, ['no_penalty', 'heavier', 'reduced', 'lighter', 'general']);
  assert.equal(heavierFirst.circumstance, 'heavier');
  assert.deepEqual(heavierFirst.fineYuan, { minYuan: 60000, maxYuan: 100000 });
});

test('an unentered fact does not hold, and the reason says it was not entered', () => {
  const s = suggestPenalty(price, {});
  assert.equal(s.circumstance, 'general');
  assert.equal(s.fineYuan, null);
  const art30 = s.reasons.find((r) => r.text.startsWith('不满十四周岁'))!;
  assert.deepEqual(art30.conditions[0], {
    condition: '违法行为发生时当事人的年龄（周岁）低于14',
    entered: '未填写',
    held: null,
  });
});

test('a benchmark fit to publish: one general circumstance, ranges in order, no fine where no penalty', () => {
  assert.deepEqual(benchmarkProblems(price), []);
  const bad: BenchmarkContent = {
    ...price,
    circumstances: [
      {
        kind: 'no_penalty',
        description: 'x',
        conditions: [],
        fine: { kind: 'amount', minYuan: 0, maxYuan: 1 },
        otherPenalties: '',
      },
      {
        kind: 'lighter',
        description: 'x',
        conditions: [{ fact: 'firstOffence', op: 'lt', value: 3 }],
        fine: { kind: 'amount', minYuan: 500, maxYuan: 100 },
        otherPenalties: '',
      },
      {
        kind: 'lighter',
        description: 'x',
        conditions: [{ fact: 'harm', op: 'is', value: 'huge' }],
        fine: { kind: 'amount', minYuan: 1.5, maxYuan: 100 },
        otherPenalties: '',
      },
    ],
  };
  assert.deepEqual(
    benchmarkProblems(bad).map((p) => p.path),
    [
      'circumstances.0.conditions',
      'circumstances.0.fine',
      'circumstances.1.conditions.0',
      'circumstances.1.fine',
      'circumstances.2.kind',
      'circumstances.2.conditions.0',
      'circumstances.2.fine',
      'circumstances',
    ],
  );
});

test('the lenient lists are the benchmark’s 不予处罚 and 从轻/减轻 circumstances', () => {
  const e = lenientEntries(price);
  assert.deepEqual(
    e.map((x) => [x.list, x.circumstance]),
    [
      ['no_penalty', 'no_penalty'],
      ['lighter_or_reduced', 'lighter'],
    ],
  );
  assert.equal(e[1]!.penalty, '违法所得0倍以上1倍以下罚款；没收违法所得');
  assert.deepEqual(e[0]!.conditions, ['初次违法', '违法所得（元）不超过500', '及时改正']);
  assert.deepEqual(
    lenientEntries({
      ...price,
      circumstances: [{ ...price.circumstances[0]!, conditions: [{ fact: 'harm', op: 'lte', value: 'minor' }] }],
    })[0]!.conditions,
    ['危害后果轻微或者更轻'],
  );
});
