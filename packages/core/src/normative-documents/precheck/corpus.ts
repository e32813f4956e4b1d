// The labelled corpus of the pre-check: clauses written from the statutes' prohibitions (37号, 行政许可法 第十七条,
// 行政处罚法 第十六条, 行政强制法 第十条, 优化营商环境条例, 公平竞争审查条例, 立法法 第一百零四条) and clean
// clauses that look like them. Tests hold the analyzer to a precision and recall floor on it; the bench prints the
// per-category table.
import { cleanClauses } from './corpus/clean';
import { clauseViolations } from './corpus/clause-violations';
import { moreViolations } from './corpus/more-violations';
import { secondPass } from './corpus/second-pass';
import type { CorpusEntry } from './corpus/types';

export type { CorpusEntry } from './corpus/types';

export const precheckCorpus: readonly CorpusEntry[] = [
  ...clauseViolations,
  ...moreViolations,
  ...cleanClauses,
  ...secondPass,
];
