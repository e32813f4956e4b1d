// Chinese full-text search terms for normative documents. PostgreSQL has no Chinese parser, so the words come from
// jieba (the pre-check's shared instance, with the domain dictionary) and are stored space-joined in a 'simple'
// tsvector. Documents are cut in search mode (every dictionary word inside a longer word as well: 停车场 → 停车, 车场,
// 停车场), a query in precise mode with prefix matching, so each word of the query finds the documents whose text
// contains it whatever way jieba cut the surrounding sentence.
import { normaliseDocNumber } from './doc-number';
import { jieba } from './precheck/segment';

/** Longest token list kept for one text: PostgreSQL positions stop at 16,383 anyway. */
export const MAX_SEARCH_TOKENS = 16_000;

// Function words that say nothing about a document and would match nearly all of them.
const STOP_WORDS = new Set([
  '的',
  '了',
  '和',
  '与',
  '及',
  '或',
  '等',
  '在',
  '对',
  '为',
  '是',
  '其',
  '之',
  '以',
  '由',
  '于',
]);

/** NFKC (full-width digits and letters to ASCII), lower case. */
function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** A word worth indexing: letters or digits only (no punctuation, no spaces), not a function word. */
function keep(word: string): string | null {
  const w = word.replace(/[^\p{L}\p{N}]/gu, '');
  if (w === '' || STOP_WORDS.has(w)) return null;
  return w;
}

/** The index terms of a text, in order (repeats kept for ranking), search-mode cut. */
export function searchTokens(text: string): string[] {
  const out: string[] = [];
  for (const word of jieba().cutForSearch(normalise(text), false)) {
    const w = keep(word);
    if (w !== null) out.push(w);
    if (out.length >= MAX_SEARCH_TOKENS) break;
  }
  return out;
}

/** The words of what a user typed, precise-mode cut, each once. */
export function queryTokens(text: string): string[] {
  const out: string[] = [];
  for (const word of jieba().cut(normalise(text), false)) {
    const w = keep(word);
    if (w !== null && !out.includes(w)) out.push(w);
  }
  return out.slice(0, 20);
}

/**
 * The tsquery text for the words: every word required, each as a prefix (管理 finds 管理局) — except a single
 * character, matched as itself: as a prefix it would merge the postings of every word it starts. Tokens hold
 * letters and digits only, so no tsquery operator can slip in. Null when there is no word to look for.
 */
export function tsqueryText(tokens: readonly string[]): string | null {
  if (tokens.length === 0) return null;
  return tokens.map((t) => ([...t].length > 1 ? `${t}:*` : t)).join(' & ');
}

/**
 * A query that looks like (part of) a 文号 — brackets (〔〕 or the 【】 [] () （） people type instead), 号 after a
 * digit, or mostly digits — with those brackets turned into 〔〕, so 示政规[2026]3号 finds 示政规〔2026〕3号. A
 * sentence that merely contains a year (2026年停车场管理办法) is not one.
 */
export function docNumberPattern(q: string): string | null {
  const whole = normaliseDocNumber(q);
  if (whole) return whole;
  const s = q.normalize('NFKC').replace(/\s+/g, '');
  const chars = [...s];
  const digits = chars.filter((c) => c >= '0' && c <= '9').length;
  const looksLikeNumber = /[〔〕[\]【】()]/.test(s) || /\d号/.test(s) || (digits > 0 && digits * 2 >= chars.length);
  if (!looksLikeNumber || digits === 0) return null;
  return s.replace(/[[【(]/g, '〔').replace(/[\]】)]/g, '〕');
}

/** Whether the words are short enough that a plain substring match on title and 文号 should count too. */
export function isShortQuery(q: string): boolean {
  return [...q.trim()].length <= 2;
}

/** Most variants of one query a synonym list may produce (each is one more alternative in the tsquery). */
export const MAX_SYNONYM_VARIANTS = 8;

/**
 * What the user typed, and the same text with each synonym of a word it contains put in its place (电动车 →
 * 电动自行车), the text as typed first. `groups` are the region's synonym groups: the words of a group mean the same
 * thing. The longest words are replaced first, so 电动自行车 is not also read as 自行车.
 */
export function synonymVariants(typed: string, groups: readonly (readonly string[])[]): string[] {
  const text = normalise(typed);
  const variants = [text];
  const words = groups
    .flatMap((g) => g.map((w) => ({ word: normalise(w), group: g.map(normalise) })))
    .filter((x) => x.word !== '')
    .sort((a, b) => b.word.length - a.word.length);
  const used: string[] = [];
  for (const { word, group } of words) {
    if (!text.includes(word) || used.some((u) => u.includes(word))) continue;
    used.push(word);
    for (const v of [...variants])
      for (const other of group)
        if (other !== word && v.includes(word)) {
          const next = v.split(word).join(other);
          if (!variants.includes(next) && variants.length < MAX_SYNONYM_VARIANTS) variants.push(next);
        }
  }
  return variants;
}
