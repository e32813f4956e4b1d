// A discretion benchmark (行政裁量权基准) of one penalty item: the item as the body published it in its powers list
// (code, name, legal basis), and the circumstances 不予处罚 / 减轻 / 从轻 / 一般 / 从重, each with the conditions that
// make it apply and the fine range or the penalty. 《行政处罚法》第三十四条: 行政机关可以依法制定行政处罚裁量基准，
// 规范行使行政处罚裁量权。行政处罚裁量基准应当向社会公布. Versions are kept like the lists: each with the day it
// takes effect, the one in force on a day being the latest published version effective by then (versions.ts).
import type { ItemLink } from '../power-lists/links';
import { conditionProblem, type Condition } from './facts';

/** A benchmark is set for a 行政处罚 item of its body's 权责清单 (power-lists `links.ts`). */
export const benchmarkItemLink = { listKind: 'powers', itemKind: 'penalty' } as const satisfies ItemLink;

export const circumstanceKinds = ['no_penalty', 'reduced', 'lighter', 'general', 'heavier'] as const;
export type CircumstanceKind = (typeof circumstanceKinds)[number];
export const circumstanceLabels = {
  no_penalty: '不予处罚',
  reduced: '减轻处罚',
  lighter: '从轻处罚',
  general: '一般处罚',
  heavier: '从重处罚',
} as const satisfies Record<CircumstanceKind, string>;

/** The fine of a circumstance: an amount range in yuan, or a multiple of the illegal gains or of the goods' value
 * (e.g. 违法所得一倍以上五倍以下). */
export type FineRange =
  | { kind: 'amount'; minYuan: number; maxYuan: number }
  | { kind: 'multiple'; of: 'illegalGainsYuan' | 'goodsValueYuan'; minTimes: number; maxTimes: number };

export interface Circumstance {
  kind: CircumstanceKind;
  /** the conditions as the benchmark states them in words */
  description: string;
  /** all must hold; the 一般 circumstance has none (it applies where no other does) */
  conditions: Condition[];
  fine: FineRange | null;
  /** the other penalties of Art. 9 (警告、没收违法所得…), as the benchmark states them */
  otherPenalties: string;
}

export interface BenchmarkContent {
  itemCode: string;
  itemName: string;
  legalBasis: string;
  circumstances: Circumstance[];
}

export interface BenchmarkProblem {
  path: string;
  message: string;
}

/** What makes a benchmark unfit to publish: each named by its place, so the form shows it on the field. */
export function benchmarkProblems(b: BenchmarkContent): BenchmarkProblem[] {
  const problems: BenchmarkProblem[] = [];
  const seen = new Set<CircumstanceKind>();
  b.circumstances.forEach((c, i) => {
    const at = `circumstances.${i}`;
    const label = circumstanceLabels[c.kind];
    if (seen.has(c.kind)) problems.push({ path: `${at}.kind`, message: `“${label}”情形重复` });
    seen.add(c.kind);
    if (c.kind === 'general' && c.conditions.length > 0)
      problems.push({ path: `${at}.conditions`, message: '一般处罚情形适用于其他情形均不适用时，不设条件' });
    if (c.kind !== 'general' && c.conditions.length === 0)
      problems.push({ path: `${at}.conditions`, message: `“${label}”情形至少需要一个适用条件` });
    c.conditions.forEach((cond, j) => {
      const p = conditionProblem(cond);
      if (p) problems.push({ path: `${at}.conditions.${j}`, message: p });
    });
    if (c.kind === 'no_penalty' && c.fine) problems.push({ path: `${at}.fine`, message: '不予处罚情形不能设定罚款' });
    if (c.kind !== 'no_penalty' && !c.fine && !c.otherPenalties.trim())
      problems.push({ path: `${at}.fine`, message: `“${label}”情形应当写明罚款幅度或者处罚种类` });
    const f = c.fine;
    if (f?.kind === 'amount' && (!Number.isInteger(f.minYuan) || !Number.isInteger(f.maxYuan)))
      problems.push({ path: `${at}.fine`, message: '罚款金额应为整数元' });
    if (f && (f.kind === 'amount' ? f.minYuan > f.maxYuan : f.minTimes > f.maxTimes))
      problems.push({ path: `${at}.fine`, message: '罚款幅度的下限不能高于上限' });
  });
  if (!seen.has('general')) problems.push({ path: 'circumstances', message: '裁量基准应当包含一般处罚情形' });
  return problems;
}

/** A fine range in words, e.g. “1万元以上5万元以下罚款” or “违法所得1倍以上5倍以下罚款”. */
export function describeFine(f: FineRange | null): string {
  if (!f) return '不予罚款';
  if (f.kind === 'amount') return `${yuan(f.minYuan)}以上${yuan(f.maxYuan)}以下罚款`;
  const base = f.of === 'illegalGainsYuan' ? '违法所得' : '货值金额';
  return `${base}${f.minTimes}倍以上${f.maxTimes}倍以下罚款`;
}

export function yuan(n: number): string {
  return n >= 10000 && n % 10000 === 0 ? `${n / 10000}万元` : `${n}元`;
}
