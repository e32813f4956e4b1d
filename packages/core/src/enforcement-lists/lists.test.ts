import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkListRows, versionInForce, type ListRow } from './lists';
import { audioVideoRequirement, legalReviewRequirement } from './requirements';

const row = (over: Partial<ListRow>): ListRow => ({
  itemCode: 'CF-001',
  itemName: '对销售不合格产品的处罚',
  basis: '《中华人民共和国产品质量法》第四十九条',
  content: '全程音像记录',
  method: null,
  step: null,
  category: null,
  level: null,
  field: null,
  amountFrom: null,
  ...over,
});

test('an audio-video list without 查封扣押 and 强制拆除 is refused with 118号 §(八)', () => {
  const problems = checkListRows('audio_video', [row({ step: 'on_site' })], { disputeStepsMandatory: false });
  assert.equal(problems.length, 1);
  assert.match(problems[0]!.message, /查封扣押财产.*强制拆除.*118号/);
  const ok = checkListRows('audio_video', [row({ step: 'seizure' }), row({ step: 'forced_demolition' })], {
    disputeStepsMandatory: false,
  });
  assert.deepEqual(ok, []);
});

test('where the region makes the dispute-prone steps mandatory (内蒙古第244号令第十七条) the list must name them', () => {
  const rows = [row({ step: 'seizure' }), row({ step: 'forced_demolition' })];
  const problems = checkListRows('audio_video', rows, { disputeStepsMandatory: true });
  assert.match(problems[0]!.message, /现场执法.*公告送达.*第十七条/);
});

test('each kind asks for its own fields, codes are unique per step or category, an empty list is refused', () => {
  assert.equal(checkListRows('random_inspection', [row({})], { disputeStepsMandatory: false })[0]!.field, 'method');
  assert.equal(checkListRows('legal_review', [row({})], { disputeStepsMandatory: false })[0]!.field, 'category');
  const dup = checkListRows('random_inspection', [row({ method: '双随机' }), row({ method: '双随机' })], {
    disputeStepsMandatory: false,
  });
  assert.deepEqual(
    dup.map((p) => [p.index, p.field]),
    [[1, 'itemCode']],
  );
  assert.equal(checkListRows('random_inspection', [], { disputeStepsMandatory: false })[0]!.field, 'rows');
});

test('the version in force is the latest effective on the day', () => {
  const vs = [
    { versionNo: 1, effectiveFrom: '2026-01-01' },
    { versionNo: 2, effectiveFrom: '2026-09-01' },
  ];
  assert.equal(versionInForce(vs, '2025-12-31'), null);
  assert.equal(versionInForce(vs, '2026-08-14')?.versionNo, 1);
  assert.equal(versionInForce(vs, '2026-11-23')?.versionNo, 2);
});

test('audio-video: 查封扣押 always, a listed step by its row, else not required', () => {
  const rows = [row({ step: 'seizure' }), row({ step: 'forced_demolition' }), row({ itemCode: '*', step: 'hearing' })];
  const opts = { disputeStepsMandatory: false, version: '第1版' };
  const q = { itemCode: 'CF-009', amount: null, categories: [] };
  assert.equal(audioVideoRequirement({ ...q, step: 'seizure' }, null, opts).required, true);
  const hearing = audioVideoRequirement({ ...q, step: 'hearing' }, rows, opts);
  assert.equal(hearing.required, true);
  assert.equal(hearing.basis, '《中华人民共和国产品质量法》第四十九条');
  assert.equal(audioVideoRequirement({ ...q, step: 'evidence' }, rows, opts).required, false);
  assert.equal(
    audioVideoRequirement({ ...q, step: 'evidence' }, rows, { ...opts, disputeStepsMandatory: true }).required,
    true,
  );
});

test('legal review: by amount, by the item named, by a category the act declares', () => {
  const rows = [
    row({ itemCode: 'CF-001', category: 'major_rights', amountFrom: 100000 }),
    row({ itemCode: 'CF-002', category: 'major_rights' }),
    row({ itemCode: '*', category: 'after_hearing' }),
  ];
  const opts = { version: '第2版' };
  const q = { step: null, categories: [] };
  assert.equal(legalReviewRequirement({ ...q, itemCode: 'CF-001', amount: 50000 }, rows, opts).required, false);
  const big = legalReviewRequirement({ ...q, itemCode: 'CF-001', amount: 200000 }, rows, opts);
  assert.equal(big.required, true);
  assert.match(big.reason, /200000元达到100000元/);
  assert.equal(legalReviewRequirement({ ...q, itemCode: 'CF-002', amount: null }, rows, opts).required, true);
  assert.equal(
    legalReviewRequirement({ ...q, itemCode: 'CF-003', amount: null, categories: ['after_hearing'] }, rows, opts)
      .required,
    true,
  );
  assert.equal(legalReviewRequirement({ ...q, itemCode: 'CF-003', amount: null }, null, opts).required, false);
});
