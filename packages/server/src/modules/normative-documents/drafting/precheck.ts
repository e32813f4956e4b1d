// The automatic legality pre-check (core) run over a stored draft: the title and the articles as one text, with the
// issuer and the region's validity limits and the rule they come from. Its findings assist the reviewer; they never
// decide.
import { precheck } from '@fazhi/core/normative-documents';
import type { Db } from '../../../platform/db/connection';
import type { Tx } from '../../../platform/write';
import { validityRule, validitySettings } from '../support';
import type { DocumentRow } from '../workflow';

/** The draft's articles in order (also the text a legality review round stores as reviewed). */
export async function draftArticles(db: Db | Tx, row: Pick<DocumentRow, 'region_code' | 'id'>) {
  return db
    .selectFrom('normative_articles')
    .select(['heading', 'body'])
    .where('region_code', '=', row.region_code)
    .where('document_id', '=', row.id)
    .orderBy('seq')
    .execute();
}

/** The draft as one text for the pre-check: title, then the articles. */
export async function draftText(db: Db | Tx, row: DocumentRow): Promise<string> {
  const articles = await draftArticles(db, row);
  return [row.title, ...articles.map((a) => `${a.heading}\u3000${a.body}`)].join('\n');
}

export async function runPrecheckOn(db: Db | Tx, row: DocumentRow) {
  const issuer = await db.selectFrom('orgs').select('name').where('id', '=', row.issuer_org_id).executeTakeFirst();
  const settings = await validitySettings(db, row.region_code);
  const regionRule = await validityRule(db, row.region_code);
  return precheck({
    text: await draftText(db, row),
    title: row.title,
    ...(issuer ? { issuer: issuer.name } : {}),
    ...(regionRule ? { regionRule } : {}),
    validitySettings: settings,
  });
}
