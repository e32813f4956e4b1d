// Benchmark of the normative-document pre-check (智能辅助审查). Throughput on a generated ~5,000-character draft,
// against jieba segmentation of the same text measured in the same run (so the ratio means the same on any
// machine), then per-category precision and recall on the labelled corpus, then on the real documents of
// bench/precheck-corpus: the tuning part, the held-out part (about 30%, fixed by a hash of the file name, less the files
// read in round 2), the fresh held-out parts of the files collected in rounds 3 to 7, apart, and the held-out parts
// combined.
// Run: node --import tsx bench/precheck.bench.ts
import { precheck, splitClauses } from '../packages/core/src/normative-documents/precheck/index';
import { precheckCorpus } from '../packages/core/src/normative-documents/precheck/corpus';
import { evaluateCorpus } from '../packages/core/src/normative-documents/precheck/evaluate';
import {
  heldOutParts,
  scoreRealCorpus,
  type RealDocument,
} from '../packages/core/src/normative-documents/precheck/real-corpus';
import { loadRealCorpus } from './precheck-corpus';
import { jieba, segment } from '../packages/core/src/normative-documents/precheck/segment';
import { precheckCategories, precheckCategoryLabels } from '../packages/core/src/normative-documents/precheck/types';

const TARGET_CHARS = 5000;
const MIN_MS = 1500;

/** A draft of ~5,000 characters: corpus clauses (violations and clean ones) as numbered articles. */
function generateDraft(): string {
  const numerals = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  const articleNo = (n: number): string => {
    const tens = Math.floor(n / 10);
    const ones = n % 10;
    return `${tens === 0 ? '' : tens === 1 ? '十' : `${numerals[tens]}十`}${numerals[ones]}`;
  };
  const bodies = precheckCorpus.filter((e) => !e.title && !e.issuer && !e.publicationDate).map((e) => e.text);
  const lines = ['某区城市管理若干规定（征求意见稿）', '第一章　总则'];
  let n = 0;
  let length = lines.join('\n').length;
  while (length < TARGET_CHARS) {
    n++;
    const line = `第${articleNo(n)}条\u3000${bodies[(n * 7) % bodies.length] ?? ''}`;
    lines.push(line);
    length += line.length + 1;
  }
  lines.push(`第${articleNo(n + 1)}条\u3000本规定自2025年1月1日起施行，有效期5年。`);
  return lines.join('\n');
}

function measure(fn: () => void): { msPerOp: number; ops: number } {
  for (let i = 0; i < 5; i++) fn();
  let ops = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < MIN_MS) {
    fn();
    ops++;
    elapsed = performance.now() - start;
  }
  return { msPerOp: elapsed / ops, ops };
}

const draft = generateDraft();
const clauses = splitClauses(draft);
let sink = 0;

const baseline = measure(() => {
  sink += jieba().cut(draft, false).length;
});
const segmentation = measure(() => {
  for (const c of clauses) sink += segment(c.text, c.start).length;
});
const full = measure(() => {
  sink += precheck({ text: draft, title: '某区城市管理若干规定', publicationDate: '2024-12-01' }).findings.length;
});

const perSecond = (msPerOp: number, units: number) => Math.round((units * 1000) / msPerOp).toLocaleString('en-US');
console.log(`draft: ${draft.length} characters, ${clauses.length} clauses`);
console.log(
  [
    ['measurement', 'ms/document', 'documents/s', 'clauses/s', 'ratio to baseline'],
    ['jieba cut, whole text (baseline)', baseline],
    ['jieba tag, clause by clause', segmentation],
    ['precheck (full analysis)', full],
  ]
    .map((row) => {
      const [name, m] = row;
      if (typeof m !== 'object' || m === null || Array.isArray(m)) return (row as string[]).join(' | ');
      return [
        name,
        m.msPerOp.toFixed(3),
        perSecond(m.msPerOp, 1),
        perSecond(m.msPerOp, clauses.length),
        `${(m.msPerOp / baseline.msPerOp).toFixed(2)}×`,
      ].join(' | ');
    })
    .join('\n'),
);

const { overall, byCategory } = evaluateCorpus(precheckCorpus);
console.log(
  `\ncorpus: ${precheckCorpus.length} entries, ${precheckCorpus.filter((e) => e.expected.length === 0).length} clean`,
);
console.log('category | 中文 | TP | FP | FN | precision | recall');
for (const c of precheckCategories) {
  const s = byCategory[c];
  console.log(
    [
      c,
      precheckCategoryLabels[c],
      s.truePositives,
      s.falsePositives,
      s.falseNegatives,
      s.precision.toFixed(3),
      s.recall.toFixed(3),
    ].join(' | '),
  );
}
console.log(
  [
    'overall',
    '',
    overall.truePositives,
    overall.falsePositives,
    overall.falseNegatives,
    overall.precision.toFixed(3),
    overall.recall.toFixed(3),
  ].join(' | '),
);
// The real documents. Only counts are printed: the held-out parts' findings are never read while tuning the rules.
const real = loadRealCorpus();
const parts: [string, RealDocument[]][] = [
  ['tuning', real.filter((d) => d.part === 'tuning')],
  ['held-out (rounds 1–2, unread)', real.filter((d) => d.part === 'held-out')],
  ['fresh held-out (round 3)', real.filter((d) => d.part === 'fresh')],
  ['fresh held-out (round 4)', real.filter((d) => d.part === 'round4')],
  ['fresh held-out (round 5)', real.filter((d) => d.part === 'round5')],
  ['fresh held-out (round 6)', real.filter((d) => d.part === 'round6')],
  ['fresh held-out (round 7)', real.filter((d) => d.part === 'round7')],
  ['fresh held-out (round 8)', real.filter((d) => d.part === 'round8')],
  ['all held-out parts combined', real.filter((d) => heldOutParts.includes(d.part))],
];
for (const [label, docs] of parts) {
  const score = scoreRealCorpus(docs);
  console.log(
    `\nreal documents, ${label} part: ${score.lawfulDocuments} lawful, ${docs.length - score.lawfulDocuments} with marked violations (${score.marked} marked clauses)`,
  );
  console.log(
    `high/medium false alarms: ${score.falseAlarms} (${score.falseAlarmsPerLawfulDocument.toFixed(2)} per lawful document; target < 0.25)`,
  );
  console.log(
    `marked violations found with the right category: ${score.found}/${score.marked}${score.marked === 0 ? ' (none in this part)' : ` (${(score.recall * 100).toFixed(0)}%; target ≥ 75%)`}`,
  );
  console.log('category | 中文 | TP | FP | FN | precision | recall');
  for (const c of precheckCategories) {
    const n = score.byCategory[c];
    if (n.truePositives + n.falsePositives + n.falseNegatives === 0) continue;
    const precision =
      n.truePositives + n.falsePositives === 0 ? 1 : n.truePositives / (n.truePositives + n.falsePositives);
    const recall =
      n.truePositives + n.falseNegatives === 0 ? 1 : n.truePositives / (n.truePositives + n.falseNegatives);
    console.log(
      [
        c,
        precheckCategoryLabels[c],
        n.truePositives,
        n.falsePositives,
        n.falseNegatives,
        precision.toFixed(3),
        recall.toFixed(3),
      ].join(' | '),
    );
  }
}
if (sink < 0) console.log(sink);
