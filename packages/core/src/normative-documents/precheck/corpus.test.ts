import { test } from 'node:test';
import assert from 'node:assert/strict';
import { precheckCorpus } from './corpus';
import { evaluateCorpus } from './evaluate';
import { precheckCategories } from './types';

test('the corpus has at least 80 clauses, 25 of them clean, and 5 violations of every category', () => {
  assert.ok(precheckCorpus.length >= 80, `${precheckCorpus.length} entries`);
  assert.ok(precheckCorpus.filter((e) => e.expected.length === 0).length >= 25);
  for (const c of precheckCategories) {
    const n = precheckCorpus.filter((e) => e.expected.includes(c)).length;
    assert.ok(n >= 5, `${c}: ${n} violations`);
  }
  const texts = precheckCorpus.map((e) => `${e.title ?? ''}|${e.issuer ?? ''}|${e.text}`);
  assert.equal(new Set(texts).size, texts.length, 'no duplicate entries');
});

test('reaches a precision and a recall of at least 0.85 on the corpus', () => {
  const { overall, outcomes } = evaluateCorpus(precheckCorpus);
  const wrong = outcomes
    .filter((o) => o.missed.length > 0 || o.spurious.length > 0)
    .map((o) => `missed ${o.missed.join(',') || '-'} / spurious ${o.spurious.join(',') || '-'}: ${o.entry.text}`);
  assert.ok(overall.precision >= 0.85, `precision ${overall.precision.toFixed(3)}\n${wrong.join('\n')}`);
  assert.ok(overall.recall >= 0.85, `recall ${overall.recall.toFixed(3)}\n${wrong.join('\n')}`);
});

test('keeps every category above 0.7 precision and recall, so no category hides behind the others', () => {
  const { byCategory } = evaluateCorpus(precheckCorpus);
  for (const c of precheckCategories) {
    const s = byCategory[c];
    assert.ok(s.precision >= 0.7 && s.recall >= 0.7, `${c}: precision ${s.precision}, recall ${s.recall}`);
  }
});

test('the evaluation counts false positives and false negatives', () => {
  const { overall, byCategory } = evaluateCorpus([
    { text: '对违反本办法的，处以一千元罚款。', expected: ['fee'], note: 'deliberately mislabelled' },
    { text: '鼓励企业参与。', expected: ['obligation'], note: 'deliberately mislabelled' },
  ]);
  assert.deepEqual([overall.truePositives, overall.falsePositives, overall.falseNegatives], [0, 1, 2]);
  assert.equal(byCategory.penalty.precision, 0);
  assert.equal(byCategory.fee.recall, 0);
});
