// The pre-check on real documents nobody here wrote (bench/precheck-corpus), in parts: tuning (with the held-out
// files read in round 2, moved by `tuningOverride`), the held-out part of rounds 1–2 nobody read, and the fresh
// held-out parts collected in rounds 3 to 8 (round 6's held-out part is empty: its one file is tuning material).
// The targets of issue 14: fewer than one high/medium false alarm per four lawful documents, and at least three
// quarters of the marked violations found with the right category. The held-out parts are only ever scored, never
// read while tuning; each part is held to its measurement (docs/precheck.md) as a floor that fails on any regression,
// and the targets are printed beside it. Raise the floors as the rules improve.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadRealCorpus } from '../../../../../bench/precheck-corpus';
import { corpusPart, isHeldOut, parseCorpusFile, scoreRealCorpus, tuningOverride } from './real-corpus';
import { precheck } from './run';

const corpus = loadRealCorpus();

test('every corpus file names its source, issuer, 文号 and level, and the split is fixed by the file name', () => {
  const levels = new Set(corpus.map((d) => d.level));
  for (const level of ['中央', '省级', '市级', '县级']) assert.ok(levels.has(level), level);
  // A source is the address the text was read at, or the code-search index file a public repository's transcription
  // of the published case was read from (the index does not name the repository).
  for (const d of corpus) assert.match(d.source, /https?:\/\/|^代码索引文件 \d+/, d.file);
  assert.equal(isHeldOut('guoban-2015-42-ppp.txt'), isHeldOut('guoban-2015-42-ppp.txt'));
  const share = corpus.filter((d) => isHeldOut(d.file)).length / corpus.length;
  assert.ok(share > 0.15 && share < 0.45, `held-out share ${share}`);
});

test('a held-out file whose findings were read joins the tuning part by the override list, with its reason', () => {
  const files = new Set(corpus.map((d) => d.file));
  for (const [file, reason] of Object.entries(tuningOverride)) {
    // Only files the hash holds out belong on the list, and each must exist: a stale entry would hide nothing.
    assert.ok(files.has(file), file);
    assert.ok(isHeldOut(file), file);
    assert.match(reason, /read in round 2/);
    assert.equal(corpusPart(file, 2), 'tuning');
  }
  const heldOutUnread = corpus.find((d) => isHeldOut(d.file) && tuningOverride[d.file] === undefined);
  assert.ok(heldOutUnread);
  assert.equal(corpusPart(heldOutUnread.file, 2), 'held-out');
  assert.equal(corpusPart(heldOutUnread.file, 3), 'fresh');
  assert.equal(corpusPart(heldOutUnread.file, 4), 'round4');
  assert.equal(corpusPart(heldOutUnread.file, 5), 'round5');
  assert.equal(corpusPart(heldOutUnread.file, 6), 'round6');
  assert.equal(corpusPart(heldOutUnread.file, 7), 'round7');
  assert.equal(corpusPart(heldOutUnread.file, 8), 'round8');
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

// target: < 0.25 false alarms per lawful document and recall ≥ 0.75. Floors as measured after the round-8 rules of
// both batches and its lawful neighbours (docs/precheck.md): tuning 6 alarms on 117 lawful documents (three of them
// issuer findings on round-8 case files, whose marks cover other clauses) and 154 of 165 clauses; the unread held-out
// remainder of rounds 1–2 0 on 29 and 4 of 4; the round-3 part 0 on 4 and 3 of 8; the round-4 part 4 on 8 and the
// round-5 part 5 on 7, neither with a marked clause yet — both targets are missed on the fresh parts taken one by one.
// Round 6's one file fell in the tuning part by the hash, so its held-out part is empty; round 7's held-out part holds
// 4 marked clauses and no lawful document, 2 found; round 8's holds 31 marked clauses in 28 case files, 10 found,
// and 5 lawful 优化营商环境条例 with 3 alarms (0.60 per document: the target is missed on this part alone).
const limits = {
  tuning: { maxAlarms: 6 / 117, minRecall: 154 / 165 },
  'held-out': { maxAlarms: 0, minRecall: 4 / 4 },
  fresh: { maxAlarms: 0, minRecall: 3 / 8 },
  round4: { maxAlarms: 4 / 8, minRecall: null },
  round5: { maxAlarms: 5 / 7, minRecall: null },
  // Empty today: a file the hash holds out of round 6 must bring its own floor.
  round6: { maxAlarms: 0, minRecall: null },
  round7: { maxAlarms: 0, minRecall: 2 / 4 },
  round8: { maxAlarms: 3 / 5, minRecall: 10 / 31 },
} as const;

for (const part of ['tuning', 'held-out', 'fresh', 'round4', 'round5', 'round6', 'round7', 'round8'] as const) {
  const limit = limits[part];
  const score = () => scoreRealCorpus(corpus.filter((d) => d.part === part));
  test(`${part} part: high/medium false alarms at most ${limit.maxAlarms.toFixed(2)} per lawful document (target < 0.25)`, (t) => {
    const s = score();
    // Only the count is reported: the held-out alarms stay unread.
    t.diagnostic(`${part}: ${s.falseAlarms} false alarms on ${s.lawfulDocuments} lawful documents`);
    assert.ok(s.falseAlarmsPerLawfulDocument <= limit.maxAlarms + 1e-9, `${s.falseAlarms} / ${s.lawfulDocuments}`);
  });

  const minRecall = limit.minRecall;
  if (minRecall === null) {
    // The round-4 and round-5 held-out parts hold lawful documents only, round 6's none: the first marked clause must
    // bring a floor.
    test(`${part} part holds no marked violation yet, so its recall is not measured`, () => {
      assert.equal(score().marked, 0);
    });
    continue;
  }
  test(`${part} part: at least ${Math.round(minRecall * 100)}% of the marked violations found with the right category (target 75%)`, (t) => {
    const s = score();
    // With nothing marked the recall is vacuous: each part must hold real marked violations.
    assert.ok(s.marked > 0, `${part} part holds no marked violation`);
    t.diagnostic(`${part}: ${s.found} of ${s.marked} marked clauses found`);
    assert.ok(s.recall >= minRecall - 1e-9, `${s.found} / ${s.marked}`);
  });
}

// Item 5 of issue 14: on every real document, each finding's basis names a national source (a law, a State Council
// regulation or its numbered notice) and never a province's or city's own rule, which only the caller may pass as
// `regionRule`; and its advice tells the drafting unit what to do.
test('every finding on the real documents cites a national source by name and says what to do', () => {
  const national = /《中华人民共和国[^》]+》|《[^》]*条例》|国办发〔\d{4}〕\d+号|国发〔\d{4}〕\d+号/;
  // "城市" is no city's name: 《城市供水条例》 is the State Council's.
  const localRule = /(省|自治区|(?<!城)市|县|区)[^《》]{0,20}(办法|规定|条例)》/;
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
