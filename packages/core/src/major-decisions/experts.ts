// 决策咨询论证专家库 (《重大行政决策程序暂行条例》第二十条、第二十一条): the region's pool of experts, and the draw of
// experts for a decision. 第二十条: experts are chosen for their field, representativeness and neutrality, and none
// with a direct interest in the matter may be chosen — so an expert who declared an interest in one of the parties
// or matters the draw names is excluded, and so is one whose term has ended. The draw itself is recorded with its
// inputs (the candidates, the excluded with their reasons, a random seed) and is reproducible: each candidate is
// ranked by a digest of the seed and its identifier, the lowest ranks drawn, so anyone can check it afterwards.
import { decisionArticle } from './steps';

export const expertActions = ['read', 'manage', 'draw'] as const;
export type ExpertAction = (typeof expertActions)[number];

export const expertBasis = decisionArticle('第二十条、第二十一条');

export interface PoolExpert {
  id: string;
  name: string;
  field: string;
  termFrom: string;
  termTo: string;
  /** the parties or matters the expert declared an interest in */
  conflicts: readonly string[];
}

const norm = (s: string) => s.replace(/\s+/g, '').toLowerCase();

/** The declared interests of an expert that concern one of the draw's parties or matters (either names the other). */
export function conflictsWith(conflicts: readonly string[], interests: readonly string[]): string[] {
  const wanted = interests.map(norm).filter(Boolean);
  return conflicts.filter((c) => {
    const n = norm(c);
    return n.length > 0 && wanted.some((w) => n.includes(w) || w.includes(n));
  });
}

export type Exclusion = { id: string; name: string; reason: string };

/** Who of the pool may be drawn for a field on a day, and who is excluded and why. */
export function eligibleExperts(
  pool: readonly PoolExpert[],
  draw: { field: string; interests: readonly string[]; on: string },
): { candidates: PoolExpert[]; excluded: Exclusion[] } {
  const candidates: PoolExpert[] = [];
  const excluded: Exclusion[] = [];
  for (const e of pool) {
    if (norm(e.field) !== norm(draw.field)) continue;
    if (draw.on < e.termFrom || draw.on > e.termTo) {
      excluded.push({ id: e.id, name: e.name, reason: `聘期（${e.termFrom}至${e.termTo}）不含抽取之日` });
      continue;
    }
    const hit = conflictsWith(e.conflicts, draw.interests);
    if (hit.length) {
      excluded.push({
        id: e.id,
        name: e.name,
        reason: `申报与“${hit.join('、')}”存在利害关系，不得参与论证（${decisionArticle('第二十条')}）`,
      });
      continue;
    }
    candidates.push(e);
  }
  return { candidates, excluded };
}

/**
 * The draw: `count` candidates with the lowest rank, `rank(id)` being a digest of the recorded seed and the id (the
 * server uses SHA-256 of `${seed}:${id}`, hex). Null when there are fewer candidates than wanted.
 */
export function drawByRank<T extends { id: string }>(
  candidates: readonly T[],
  count: number,
  rank: (id: string) => string,
): T[] | null {
  if (count < 1 || candidates.length < count) return null;
  return [...candidates]
    .map((c) => ({ c, r: rank(c.id) }))
    .sort((a, b) => (a.r < b.r ? -1 : a.r > b.r ? 1 : a.c.id < b.c.id ? -1 : 1))
    .slice(0, count)
    .map((x) => x.c);
}
