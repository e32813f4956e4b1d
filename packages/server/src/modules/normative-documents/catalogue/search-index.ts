// The full-text index of a document (search_vector): jieba words of the title and 文号 (weight A) and of the articles
// (weight D), stored space-joined through the 'simple' configuration. Written in the transaction of every act that
// changes one of them — drafting, revising, registration (文号) — so a search never sees stale words; rows from
// before the column existed are filled in on start (the module's bootstrap), since a migration cannot run jieba.
import { searchTokens } from '@fazhi/core/normative-documents';
import { sql } from 'kysely';
import type { Db } from '../../../platform/db/connection';
import type { Tx } from '../../../platform/write';

export interface IndexedText {
  title: string;
  docNumber: string | null;
  bodies: readonly string[];
}

/** The space-joined jieba words of each weighted part (title, 文号, articles). */
export function searchVectorTexts(text: IndexedText) {
  return {
    title: searchTokens(text.title).join(' '),
    docNumber: text.docNumber ? searchTokens(text.docNumber).join(' ') : '',
    // each word of the articles once: a smaller vector is read faster by every search that touches the row, and
    // how often a word recurs in the articles says little next to whether it is in the title
    body: [...new Set(searchTokens(text.bodies.join('\n')))].join(' '),
  };
}

/** The search vector of the three parts (values or column references): title and 文号 weigh A, the articles D. */
export function searchVectorOf(title: unknown, docNumber: unknown, body: unknown) {
  return sql`setweight(to_tsvector('simple', ${title}), 'A') || setweight(to_tsvector('simple', ${docNumber}), 'A')
    || to_tsvector('simple', ${body})`;
}

/** Recomputes the search vector of one document from what is stored now (call after the change, same transaction). */
export async function indexDocument(db: Db | Tx, regionCode: string, id: string): Promise<void> {
  const doc = await db
    .selectFrom('normative_documents')
    .select(['title', 'doc_number'])
    .where('region_code', '=', regionCode)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!doc) return;
  const articles = await db
    .selectFrom('normative_articles')
    .select('body')
    .where('region_code', '=', regionCode)
    .where('document_id', '=', id)
    .orderBy('seq')
    .execute();
  const t = searchVectorTexts({ title: doc.title, docNumber: doc.doc_number, bodies: articles.map((a) => a.body) });
  const vector = searchVectorOf(t.title, t.docNumber, t.body);
  await sql`UPDATE normative_documents SET search_vector = ${vector}
    WHERE region_code = ${regionCode} AND id = ${id}`.execute(db);
}

/**
 * Indexes every document that has no search vector yet (rows written before the column existed, or by a tool that
 * bypassed the commands). Idempotent: an indexed row is never touched again here. Batches keep transactions short.
 */
export async function backfillSearchVectors(db: Db): Promise<number> {
  let done = 0;
  for (;;) {
    const batch = await db
      .selectFrom('normative_documents')
      .select(['region_code', 'id'])
      .where(sql<boolean>`search_vector IS NULL`)
      .limit(200)
      .execute();
    if (batch.length === 0) return done;
    await db.transaction().execute(async (tx) => {
      for (const d of batch) await indexDocument(tx, d.region_code, d.id);
    });
    done += batch.length;
  }
}
