// The one search condition of normative documents, shared by the console list, the public catalogue, the portal
// search box and the benchmark: the words typed, cut by jieba the same way as the index, all required (each as a
// prefix) against search_vector; OR, for a 文号-like or very short query, a substring of the title or the 文号
// (trigram indexes). Ranked by ts_rank (title and 文号 weigh more than the articles), a 文号 match first.
import { docNumberPattern, isShortQuery, queryTokens, tsqueryText } from '@fazhi/core/normative-documents';
import { sql, type RawBuilder, type SqlBool } from 'kysely';

export interface DocumentSearch {
  /** the words looked for (for snippets) */
  tokens: string[];
  where: RawBuilder<SqlBool>;
  rank: RawBuilder<number>;
}

const escapeLike = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The condition and rank for what the user typed, on the documents aliased `d`; null when nothing is typed. */
export function documentSearch(typed: string | undefined): DocumentSearch | null {
  const q = typed?.trim() ?? '';
  if (q === '') return null;
  const tokens = queryTokens(q);
  const tsq = tsqueryText(tokens);
  const numberLike = docNumberPattern(q);
  const conds: RawBuilder<SqlBool>[] = [];
  let rank: RawBuilder<number> = sql<number>`0`;
  if (tsq) {
    const query = sql`to_tsquery('simple', ${tsq})`;
    conds.push(sql<SqlBool>`d.search_vector @@ ${query}`);
    rank = sql<number>`ts_rank(d.search_vector, ${query})`;
  }
  if (numberLike || isShortQuery(q) || !tsq) {
    const title = escapeLike(q);
    const number = escapeLike(numberLike ?? q);
    conds.push(sql<SqlBool>`d.title ILIKE ${title}`, sql<SqlBool>`d.doc_number ILIKE ${number}`);
    rank = sql<number>`(${rank} + CASE WHEN d.doc_number ILIKE ${number} THEN 1 ELSE 0 END)`;
  }
  return { tokens, where: sql<SqlBool>`(${sql.join(conds, sql` OR `)})`, rank };
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
  const start = at < 0 ? 0 : Math.max(0, at - 20);
  const cut = text.slice(start, start + length);
  return `${start > 0 ? '…' : ''}${cut}${start + length < text.length ? '…' : ''}`;
}
