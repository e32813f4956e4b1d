// Search terms of list items. PostgreSQL has no Chinese parser, and jieba costs far more per row than an import of
// 200,000 items can spend; item names are short set phrases (对未取得食品经营许可从事食品经营活动的处罚), so each run
// of Chinese characters is indexed as its single characters and overlapping pairs (the CJK bigram method of
// full-text engines), and Latin letters and digits as whole words (codes). A query is cut the same way and every
// term is required: 食品经营 → 食品 & 品经 & 经营, which finds the items whose text holds those pairs.

const CJK = /[\p{Script=Han}]+/gu;
const WORD = /[0-9a-z]+/g;

function normalise(text: string) {
  return text.normalize('NFKC').toLowerCase();
}

/** The index terms of a text: every Han character and adjacent pair, every Latin word or number; each once. */
export function indexTerms(text: string): string[] {
  const t = normalise(text);
  const out = new Set<string>();
  for (const run of t.match(CJK) ?? []) {
    const chars = [...run];
    chars.forEach((c, i) => {
      out.add(c);
      if (i + 1 < chars.length) out.add(c + chars[i + 1]);
    });
  }
  for (const w of t.match(WORD) ?? []) out.add(w);
  return [...out];
}

/** The terms a query requires: the pairs of each Han run (its one character when it is one), the Latin words. */
export function queryTerms(text: string): string[] {
  const t = normalise(text);
  const out = new Set<string>();
  for (const run of t.match(CJK) ?? []) {
    const chars = [...run];
    if (chars.length === 1) out.add(chars[0]!);
    for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  }
  for (const w of t.match(WORD) ?? []) out.add(w);
  // a lone Latin letter (the B of a code typed as B-012345) as a prefix would match nearly every code: it narrows
  // nothing the other terms do not, so it is left out when there are others
  const terms = [...out];
  const narrowing = terms.filter((x) => !/^[a-z]$/.test(x));
  return (narrowing.length ? narrowing : terms).slice(0, 32);
}

/**
 * The tsquery text of the terms ('simple' configuration), every term required, or null when none. Terms hold
 * letters and digits only, so no tsquery operator can slip in; a Latin word or number matches as a prefix (a code's
 * beginning: 150102 finds 150102-xk-0001's term 150102).
 */
export function termsQuery(terms: readonly string[]): string | null {
  if (terms.length === 0) return null;
  return terms.map((t) => (/^[0-9a-z]+$/.test(t) ? `${t}:*` : t)).join(' & ');
}
