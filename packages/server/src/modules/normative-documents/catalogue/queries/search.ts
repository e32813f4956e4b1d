// The one search condition of normative documents, shared by the console list, the public catalogue, the portal
// search box and the benchmark: the words typed, cut by jieba the same way as the index, all required (each as a
// prefix) against search_vector; OR, for a 文号-like query, a substring of the title or the 文号 (trigram indexes,
// which under the C locale hold the digits and Latin letters a 文号 query narrows on). Ranked by ts_rank (title
// and 文号 weigh more than the articles), a 文号 match first, then the newest.
//
// A word found in nearly every document (管理, 规定) would make the count and the rank read every vector of the
// catalogue; so a search first takes the keys of its SEARCH_CAP newest matches (through the recency index, which
// stops early), then counts, ranks and pages only those, and the list says when there were more (totalCapped).
// Nobody pages past five hundred results (25 pages): they add a word.
import {
  docNumberPattern,
  isShortQuery,
  queryTokens,
  synonymVariants,
  tsqueryText,
} from '@fazhi/core/normative-documents';
import { sql, type RawBuilder, type SqlBool } from 'kysely';

/** Searches rank and page within this many newest matches. */
export const SEARCH_CAP = 500;

export interface DocumentSearch {
  /** the words looked for (for snippets) */
  tokens: string[];
  where: RawBuilder<SqlBool>;
  rank: RawBuilder<number>;
}

const escapeLike = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The condition and rank for what the user typed, on the documents aliased `d`; null when nothing is typed. With the
 * region's synonym groups (queries/search-synonyms.ts) a document matching the text with a synonym in place of a word
 * is found too (电动车 → 电动自行车).
 */
export function documentSearch(
  typed: string | undefined,
  synonyms: readonly (readonly string[])[] = [],
): DocumentSearch | null {
  const q = typed?.trim() ?? '';
  if (q === '') return null;
  const numberLike = docNumberPattern(q);
  // a 文号 is found by its characters (trigrams), not by words: its jieba pieces (示/政/规/2026/3/号) match everything
  const variants = numberLike ? [] : synonymVariants(q, synonyms).map(queryTokens);
  const tokens = [...new Set(variants.flat())];
  const alternatives = variants.map(tsqueryText).filter((v): v is string => v !== null);
  const tsq = alternatives.length > 1 ? alternatives.map((v) => `(${v})`).join(' | ') : (alternatives[0] ?? null);
  const conds: RawBuilder<SqlBool>[] = [];
  let rank: RawBuilder<number> = sql<number>`0`;
  if (tsq) {
    const query = sql`to_tsquery('simple', ${tsq})`;
    conds.push(sql<SqlBool>`d.search_vector @@ ${query}`);
    rank = sql<number>`ts_rank(d.search_vector, ${query})`;
  }
  // a short Latin query (e.g. "ICP") has trigrams too; a short Chinese one is a jieba word prefix already
  const latinShort = isShortQuery(q) && /[0-9a-z]{3}/i.test(q);
  if (numberLike || latinShort || !tsq) {
    const title = escapeLike(q);
    const number = escapeLike(numberLike ?? q);
    conds.push(sql<SqlBool>`d.title ILIKE ${title}`, sql<SqlBool>`d.doc_number ILIKE ${number}`);
    rank = sql<number>`(${rank} + CASE WHEN d.doc_number ILIKE ${number} THEN 1 ELSE 0 END)`;
  }
  return { tokens, where: sql<SqlBool>`(${sql.join(conds, sql` OR `)})`, rank };
}

/** The documents found by a search (their keys, at most SEARCH_CAP), as a condition on the documents aliased d. */
export function amongKeys(keys: readonly { region_code: string; id: string }[]): RawBuilder<SqlBool> {
  if (keys.length === 0) return sql<SqlBool>`false`;
  const regions = keys.map((k) => k.region_code);
  const ids = keys.map((k) => k.id);
  return sql<SqlBool>`(d.region_code, d.id) IN (SELECT * FROM unnest(${regions}::text[], ${ids}::uuid[]))`;
}

/**
 * A short extract of the text around the first word found (the start of the text when none is), on one line:
 * what the list shows under a title.
 */
export function snippetOf(bodies: readonly string[], tokens: readonly string[], length = 80): string {
  const text = bodies.join(' ').replace(/\s+/g, ' ').trim();
  const lower = text.toLowerCase();
  let at = -1;
  for (const t of tokens) {
    at = lower.indexOf(t);
    if (at >= 0) break;
  }
  // from the start of the sentence holding the word when it is near, else a little before the word
  const sentence = at < 0 ? 0 : Math.max(text.lastIndexOf('。', at), text.lastIndexOf('；', at)) + 1;
  const start = at < 0 ? 0 : at - sentence <= 40 ? sentence : at - 20;
  const cut = text.slice(start, start + length);
  return `${start > 0 ? '…' : ''}${cut}${start + length < text.length ? '…' : ''}`;
}
