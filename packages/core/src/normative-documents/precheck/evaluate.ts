// Precision and recall of the pre-check on a labelled corpus, per category and overall. A category counts once per
// entry: flagged and expected = true positive, flagged only = false positive, expected only = false negative.
import type { CorpusEntry } from './corpus/types';
import { precheck } from './run';
import { precheckCategories, type PrecheckCategory } from './types';

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

export interface EntryOutcome {
  entry: CorpusEntry;
  found: PrecheckCategory[];
  missed: PrecheckCategory[];
  spurious: PrecheckCategory[];
}

export interface Evaluation {
  overall: Score;
  byCategory: Record<PrecheckCategory, Score>;
  outcomes: EntryOutcome[];
}

function score(tp: number, fp: number, fn: number): Score {
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
  };
}

export function evaluateCorpus(entries: readonly CorpusEntry[]): Evaluation {
  const counts = new Map<PrecheckCategory, { tp: number; fp: number; fn: number }>(
    precheckCategories.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]),
  );
  const outcomes: EntryOutcome[] = [];
  for (const entry of entries) {
    const { text, title, issuer, publicationDate } = entry;
    const found = [...new Set(precheck({ text, title, issuer, publicationDate }).findings.map((f) => f.category))];
    const expected = new Set(entry.expected);
    const missed = entry.expected.filter((c) => !found.includes(c));
    const spurious = found.filter((c) => !expected.has(c));
    for (const c of precheckCategories) {
      const n = counts.get(c);
      if (n === undefined) continue;
      if (found.includes(c) && expected.has(c)) n.tp++;
      else if (found.includes(c)) n.fp++;
      else if (expected.has(c)) n.fn++;
    }
    outcomes.push({ entry, found, missed, spurious });
  }
  const byCategory = Object.fromEntries(
    precheckCategories.map((c) => {
      const n = counts.get(c) ?? { tp: 0, fp: 0, fn: 0 };
      return [c, score(n.tp, n.fp, n.fn)];
    }),
  ) as Record<PrecheckCategory, Score>;
  const total = [...counts.values()].reduce((a, n) => ({ tp: a.tp + n.tp, fp: a.fp + n.fp, fn: a.fn + n.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
  return { overall: score(total.tp, total.fp, total.fn), byCategory, outcomes };
}
