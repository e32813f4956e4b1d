// The pre-check on real documents nobody here wrote (bench/precheck-corpus). Both parts are held to the targets of
// issue 14: fewer than one high/medium false alarm per four lawful documents, and at least three quarters of the
// marked violations found with the right category. The held-out part is only ever scored, never read while tuning.
// Measured once after the 2026-12 tuning (docs/precheck.md): the held-out part meets the false-alarm target (8 on 35
// lawful documents, 0.23) and misses the recall target (1 of 6 marked clauses). Its tests hold it to that
// measurement as a floor that fails on any regression, and print the targets; raise the floors as the rules improve.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadRealCorpus } from '../../../../../bench/precheck-corpus';
import { isHeldOut, parseCorpusFile, scoreRealCorpus } from './real-corpus';

const corpus = loadRealCorpus();

test('every corpus file names its source, issuer, 文号 and level, and the split is fixed by the file name', () => {
  const levels = new Set(corpus.map((d) => d.level));
  for (const level of ['中央', '省级', '市级', '县级']) assert.ok(levels.has(level), level);
  for (const d of corpus) assert.match(d.source, /https?:\/\//, d.file);
  assert.equal(isHeldOut('guoban-2015-42-ppp.txt'), isHeldOut('guoban-2015-42-ppp.txt'));
  const share = corpus.filter((d) => d.heldOut).length / corpus.length;
  assert.ok(share > 0.15 && share < 0.45, `held-out share ${share}`);
});

test('marks in a violation file become offsets into the text without the markers', () => {
  const doc = parseCorpusFile(
    'x.txt',
    'violation',
    '标题: t\n制定机关: i\n文号: n\n层级: 市级\n来源: https://example.org\n全文: 否\n---\n第一条　前文。【违法:fee】收取押金。【/违法】后文。',
  );
  assert.equal(doc.text, '第一条　前文。收取押金。后文。');
  assert.deepEqual(doc.marked, [{ category: 'fee', start: 7, end: 12 }]);
  assert.throws(() => parseCorpusFile('y.txt', 'violation', '标题: t\n---\n正文'), /header/);
});

// target: < 0.25 false alarms per lawful document and recall ≥ 0.75; the held-out floors are the 2026-12 measurement
const limits = {
  tuning: { maxAlarmsPerDocument: 0.25, minRecall: 0.75 },
  'held-out': { maxAlarmsPerDocument: 8 / 35, minRecall: 1 / 6 },
} as const;

for (const [part, heldOut] of [
  ['tuning', false],
  ['held-out', true],
] as const) {
  const limit = limits[part];
  test(`${part} part: at most ${limit.maxAlarmsPerDocument.toFixed(2)} high/medium false alarms per lawful document (target < 0.25)`, (t) => {
    const score = scoreRealCorpus(corpus.filter((d) => d.heldOut === heldOut));
    assert.ok(score.lawfulDocuments > 0);
    // Only the count is reported: the held-out alarms stay unread.
    t.diagnostic(`${part}: ${score.falseAlarms} false alarms on ${score.lawfulDocuments} lawful documents`);
    assert.ok(
      score.falseAlarmsPerLawfulDocument <= limit.maxAlarmsPerDocument + 1e-9,
      `${score.falseAlarms} / ${score.lawfulDocuments}`,
    );
  });

  test(`${part} part: at least ${Math.round(limit.minRecall * 100)}% of the marked violations found with the right category (target 75%)`, (t) => {
    const score = scoreRealCorpus(corpus.filter((d) => d.heldOut === heldOut));
    // With nothing marked the recall is vacuous: each part must hold real marked violations.
    assert.ok(score.marked > 0, `${part} part holds no marked violation`);
    t.diagnostic(`${part}: ${score.found} of ${score.marked} marked clauses found`);
    assert.ok(score.recall >= limit.minRecall - 1e-9, `${score.found} / ${score.marked}`);
  });
}
