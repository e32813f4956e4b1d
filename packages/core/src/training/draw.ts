// 组卷: a paper drawn at random from the bank by a blueprint — how many questions of each kind, each drawn from the
// questions carrying a tag (a law or a post) or from all. The draw is seeded, and the seed is kept with the paper,
// so that the same seed and bank give the same paper again: whoever checks a paper can draw it once more.
import type { QuestionKind } from './questions';

export interface BlueprintPart {
  kind: QuestionKind;
  /** a tag the questions must carry (a law, a post); null for the whole bank */
  tag: string | null;
  count: number;
  /** points of each question of this part */
  points: number;
}

export interface BankQuestion {
  id: string;
  kind: QuestionKind;
  tags: readonly string[];
}

export interface BlueprintShortage {
  part: number;
  kind: QuestionKind;
  tag: string | null;
  wanted: number;
  available: number;
}

/** A 32-bit seeded generator (mulberry32): deterministic across platforms, enough for shuffling a bank. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The parts the bank cannot fill (a question is drawn once, so earlier parts take from later ones). */
export function blueprintShortages(
  parts: readonly BlueprintPart[],
  bank: readonly BankQuestion[],
): BlueprintShortage[] {
  const taken = new Set<string>();
  const out: BlueprintShortage[] = [];
  parts.forEach((p, i) => {
    const pool = bank.filter(
      (q) => q.kind === p.kind && (p.tag === null || q.tags.includes(p.tag)) && !taken.has(q.id),
    );
    pool.slice(0, p.count).forEach((q) => taken.add(q.id));
    if (pool.length < p.count) out.push({ part: i, kind: p.kind, tag: p.tag, wanted: p.count, available: pool.length });
  });
  return out;
}

export interface DrawnQuestion {
  questionId: string;
  points: number;
}

/**
 * The paper: the blueprint's parts in order, each part's questions drawn without repetition by the seeded
 * generator from the bank sorted by id (so the database's row order cannot change the draw). Throws when the bank
 * falls short; ask `blueprintShortages` first.
 */
export function drawPaper(
  parts: readonly BlueprintPart[],
  bank: readonly BankQuestion[],
  seed: number,
): DrawnQuestion[] {
  const rnd = seededRandom(seed);
  const sorted = [...bank].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const taken = new Set<string>();
  const paper: DrawnQuestion[] = [];
  for (const p of parts) {
    const pool = sorted.filter(
      (q) => q.kind === p.kind && (p.tag === null || q.tags.includes(p.tag)) && !taken.has(q.id),
    );
    if (pool.length < p.count) throw new Error('题库题目不足');
    // a partial Fisher–Yates: the first `count` places are the draw
    for (let i = 0; i < p.count; i++) {
      const j = i + Math.floor(rnd() * (pool.length - i));
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
      taken.add(pool[i]!.id);
      paper.push({ questionId: pool[i]!.id, points: p.points });
    }
  }
  return paper;
}

export const totalPoints = (parts: readonly BlueprintPart[]) => parts.reduce((s, p) => s + p.count * p.points, 0);
