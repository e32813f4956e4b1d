// Cited legal bases. A clause that restates a law ("依照《中华人民共和国行政处罚法》第…条的规定处以罚款") is not a
// violation, so every rule asks what the clause cites before it flags. What may serve as a basis depends on the
// category: only 法律、法规 may create coercive measures (行政强制法 第十条), 法律、法规、规章 penalties
// (行政处罚法 第十六条), while a 通知 or 意见 is never a basis for any of them.

export type CitationKind = 'law' | 'regulation' | 'decision' | 'rule' | 'policy';

export interface Citation {
  name: string;
  kind: CitationKind;
  start: number;
  end: number;
  /** True when the clause relies on it ("依照《…》", "《…》第十条", "《…》规定") rather than merely naming it. */
  governing: boolean;
}

/** What a clause relies on: named instruments and generic references ("依法", "有关法律、法规的规定"). */
export interface BasisFeatures {
  citations: Citation[];
  /** Spans of generic references to the law. "本办法", "本规定"… (the document citing itself) are never one. */
  generic: { start: number; end: number }[];
}

export function citationKindOf(name: string): CitationKind | null {
  const n = name.replace(/[（(][^）)]*[）)]$/, '');
  if (/条例$/.test(n)) return 'regulation';
  if (/(办法|规定|细则|规则)$/.test(n)) return 'rule';
  if (/法$|法典$/.test(n)) return 'law';
  if (/^(国务院|全国人民代表大会).*决定$/.test(n)) return 'decision';
  if (/(通知|意见|方案|纲要|指引|指南|计划|决定|批复|函|纪要)$/.test(n)) return 'policy';
  return null;
}

const GOVERNING_BEFORE = /(依照|依据|根据|按照|遵照|参照|依|按|符合|执行|适用|违反)[^，。；]{0,4}$/;
const GOVERNING_AFTER = /^(第[零〇一二两三四五六七八九十百千0-9]+条|的?(有关)?规定|等法律|等有关)/;

/**
 * Generic references that restate the law without naming it. "依法" counts unless it is part of a set phrase that
 * names a virtue rather than a source ("依法行政", "依法治国", "依法设立的").
 */
const GENERIC_PATTERNS = [
  /(依照|依据|根据|按照)?(国家)?(有关|相关)?(法律|行政法规|法规|规章|上位法)(、|和|或者|及|或)?(行政法规|法规|规章)?(、|和|或者|及|或)?(规章)?[^，。；]{0,8}?(的)?(有关|相关)?规定/g,
  // "按照国家有关规定申请办学许可": the duty is the national one, deferred to, not created here
  /(依照|依据|根据|按照)国家(有关|相关)?规定/g,
  /依法(?!(行政|治国|治理|设立|成立|保护|保障|维护|享有|执政))/g,
  /上位法/g,
  /(法律|法规)(依据|授权)/g,
];

export function extractBasis(text: string, offset = 0): BasisFeatures {
  const citations: Citation[] = [];
  for (const m of text.matchAll(/《([^《》]{1,80})》/g)) {
    const kind = citationKindOf(m[1] ?? '');
    if (kind === null) continue;
    const at = m.index ?? 0;
    const before = text.slice(Math.max(0, at - 12), at);
    const after = text.slice(at + m[0].length, at + m[0].length + 12);
    citations.push({
      name: m[1] ?? '',
      kind,
      start: offset + at,
      end: offset + at + m[0].length,
      governing: GOVERNING_BEFORE.test(before) || GOVERNING_AFTER.test(after),
    });
  }
  const generic: { start: number; end: number }[] = [];
  for (const pattern of GENERIC_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const at = m.index ?? 0;
      // "法律、法规另有规定的除外" only carves out an exception; it does not found the rule on the law.
      if (/另有规定|另行规定/.test(m[0])) continue;
      generic.push({ start: offset + at, end: offset + at + m[0].length });
    }
  }
  return { citations, generic };
}
