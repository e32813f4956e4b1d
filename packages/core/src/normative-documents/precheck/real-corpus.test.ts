// The pre-check on real documents nobody here wrote (bench/precheck-corpus). Both parts are held to the targets of
// issue 14: fewer than one high/medium false alarm per four lawful documents, and at least three quarters of the
// marked violations found with the right category. The held-out part is only ever scored, never read while tuning.
// Measured after the 2026-12 second round (docs/precheck.md): the held-out part meets the false-alarm target (8 on 35
// lawful documents, 0.23) and misses the recall target (4 of 14 marked clauses). Its tests hold it to that
// measurement as a floor that fails on any regression, and print the targets; raise the floors as the rules improve.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadRealCorpus } from '../../../../../bench/precheck-corpus';
import { isHeldOut, parseCorpusFile, scoreRealCorpus } from './real-corpus';
import { precheck } from './run';

const corpus = loadRealCorpus();

test('every corpus file names its source, issuer, 文号 and level, and the split is fixed by the file name', () => {
  const levels = new Set(corpus.map((d) => d.level));
  for (const level of ['中央', '省级', '市级', '县级']) assert.ok(levels.has(level), level);
  // A source is the address the text was read at, or the code-search index file a public repository's transcription
  // of the published case was read from (the index does not name the repository).
  for (const d of corpus) assert.match(d.source, /https?:\/\/|^代码索引文件 \d+/, d.file);
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

// target: < 0.25 false alarms per lawful document and recall ≥ 0.75; the held-out floors are the measurement after
// the 2026-12 second round (4 of 14 marked clauses: the first round's 6 and the 8 added in the second)
const limits = {
  tuning: { maxAlarmsPerDocument: 0.25, minRecall: 0.75 },
  'held-out': { maxAlarmsPerDocument: 8 / 35, minRecall: 4 / 14 },
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

// Item 5 of issue 14: on every real document, each finding's basis names a national source (a law, a State Council
// regulation or its numbered notice) and never a province's or city's own rule, which only the caller may pass as
// `regionRule`; and its advice tells the drafting unit what to do.
test('every finding on the real documents cites a national source by name and says what to do', () => {
  const national = /《中华人民共和国[^》]+》|《[^》]*条例》|国办发〔\d{4}〕\d+号|国发〔\d{4}〕\d+号/;
  const localRule = /(省|自治区|市|县|区)[^《》]{0,20}(办法|规定|条例)》/;
  let findings = 0;
  for (const d of corpus) {
    for (const f of precheck({ text: d.text, title: d.title.startsWith('（') ? undefined : d.title }).findings) {
      findings++;
      assert.match(f.basis, national, `${d.file}: ${f.basis}`);
      assert.doesNotMatch(f.basis, localRule, `${d.file}: ${f.basis}`);
      assert.match(f.advice, /请|应当|删除|改为|注明|核对|写明/, `${d.file}: ${f.advice}`);
    }
  }
  assert.ok(findings > 50, `${findings} findings`);
});
