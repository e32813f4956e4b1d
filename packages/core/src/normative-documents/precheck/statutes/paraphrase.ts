// Recognises a clause that restates one of the shipped statute articles (./texts): "行政强制执行不得在夜间和法定节假日
// 实施" is 行政强制法 第四十三条 said again, a protection, not a coercive measure the document creates. Similarity is
// measured on character bigrams: the share of the clause's bigrams found in one article. A clause that adds what a
// statute never says (an amount in 元, a named local body) is the document's own rule and never a paraphrase.
import { shippedArticles, type StatuteArticle } from './texts';

const NOISE = /[\s，。；：、,.;:（）()《》“”"'！？!?\u30000-9０-９]/g;

function bigrams(text: string): Set<string> {
  const t = text.replace(NOISE, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) out.add(t.slice(i, i + 2));
  return out;
}

const articleBigrams = shippedArticles.map((a) => ({ article: a, grams: bigrams(a.text) }));

/** What the document itself adds: a sum of money, or a body of this region ("区城管局", "县人民政府"). */
const OWN_RULE = /[0-9０-９一二三四五六七八九十百千万]+元|[省市区县镇乡][^，。；]{0,8}?(局|委|办|政府|中心|大队)/;

export interface Paraphrase {
  article: StatuteArticle;
  /** Share of the clause's bigrams found in the article, 0–1. */
  overlap: number;
}

/** The shipped article the clause restates, or null. `threshold` is the bigram share that counts (default 0.7). */
export function paraphraseOf(clause: string, threshold = 0.7): Paraphrase | null {
  if (OWN_RULE.test(clause)) return null;
  const grams = bigrams(clause);
  if (grams.size < 8) return null;
  let best: Paraphrase | null = null;
  for (const { article, grams: source } of articleBigrams) {
    let shared = 0;
    for (const g of grams) if (source.has(g)) shared++;
    const overlap = shared / grams.size;
    if (overlap >= threshold && (best === null || overlap > best.overlap)) best = { article, overlap };
  }
  return best;
}

/** "《中华人民共和国行政强制法》第四十三条" for a basis line. */
export function citeArticle(a: StatuteArticle): string {
  return `《${a.law}》${a.article}`;
}
