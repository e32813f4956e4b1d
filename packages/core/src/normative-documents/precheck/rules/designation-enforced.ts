// A designation enforced. Once a document picks the provider (指定交易: a named platform, insurer or firm), the clauses
// that make the choice compulsory through supervision — 纳入考核, 扣分, 通报, 定期检查 — carry the same restriction
// (公平竞争审查条例 第八条第（三）项): the market investigations quote both. Only in a document with a designation
// finding, and only where the enforcing clause names what was designated (a noun of the one within a noun of the other).
import type { DocumentFeatures } from '../features';
import type { PrecheckFinding } from '../types';
import { GB_37 } from './shared';

const ENFORCE = /(纳入|列入|作为)[^。；]{0,30}?(考核|监管|检查|考评|评比)|扣分|通报/;
/** Nouns too general to identify what was designated. */
const GENERIC_NOUN =
  /^(企业|单位|工作|内容|情况|人员|部门|行业|领域|全市|全省|全县|本市|本省|有关|相关|问题|文件|精神|要求|管理|服务|安全|生产|教育|培训|市|县|区|省)$/;

function nouns(doc: DocumentFeatures, index: number): Set<string> {
  const f = doc.clauses[index];
  return new Set(
    (f?.tokens ?? [])
      .filter((t) => t.tag.startsWith('n') && t.word.length >= 2 && !GENERIC_NOUN.test(t.word))
      .map((t) => t.word),
  );
}

export function designationEnforcedFindings(doc: DocumentFeatures, findings: PrecheckFinding[]): PrecheckFinding[] {
  const designations = findings.filter((f) => f.category === 'competition' && f.severity === 'high');
  if (designations.length === 0) return [];
  const designated = new Set<string>();
  for (const d of designations) {
    const at = doc.clauses.findIndex((c) => c.clause.start === d.start);
    for (const n of nouns(doc, at)) designated.add(n);
  }
  const flagged = new Set(designations.map((d) => d.start));
  const out: PrecheckFinding[] = [];
  for (const f of doc.clauses) {
    if (flagged.has(f.clause.start) || !ENFORCE.test(f.clause.text)) continue;
    // "平台" names the "服务平台" designated before: one noun inside the other is the same thing
    const own = [...nouns(doc, f.index)];
    if (!own.some((n) => [...designated].some((d) => d.includes(n) || n.includes(d)))) continue;
    out.push({
      category: 'competition',
      severity: 'medium',
      basis: `《公平竞争审查条例》第八条第（三）项：不得限定经营、购买或者使用特定经营者提供的商品；${GB_37}：不得违法排除、限制公平竞争`,
      advice:
        '该条款以考核、检查、通报等方式推行本文件指定的经营者（平台、机构），与指定条款一并构成限定交易。请删除指定条款，并删除或改写以其为对象的考核、通报要求。',
      text: f.clause.text,
      start: f.clause.start,
      end: f.clause.end,
    });
  }
  return out;
}
