// 打印版式: one document of the actor's scope laid out as a 公文 (GB/T 9704) for the console's print page — the same
// 公文 model the Word and PDF files use (documents/official-text.ts), so the three cannot differ. A draft prints with
// no 文号 and an empty 成文日期 to fill in by hand.
import type { Actor } from '../../../platform/access/actor';
import { notFound } from '../../../platform/errors';
import type { Services } from '../../../platform/services';
import { officialTextDocument } from '../catalogue/documents/official-text';
import { layout } from '../../../platform/papers/gongwen';
import { loadDocument } from '../workflow';
import type { PrintView } from '@fazhi/core/contracts';

export async function printView(services: Services, actor: Actor, id: string): Promise<PrintView> {
  const doc = await loadDocument(services, services.db, actor, id);
  if (!doc) throw notFound('规范性文件');
  const { row } = doc;
  const [issuer, articles] = await Promise.all([
    services.db.selectFrom('orgs').select('name').where('id', '=', row.issuer_org_id).executeTakeFirstOrThrow(),
    services.db
      .selectFrom('normative_articles')
      .select(['seq', 'heading', 'body'])
      .where('region_code', '=', row.region_code)
      .where('document_id', '=', row.id)
      .orderBy('seq')
      .execute(),
  ]);
  const gongwen = officialTextDocument({
    title: row.title,
    docNumber: row.doc_number,
    issuerName: issuer.name,
    publishedOn: row.published_on,
    articles,
  });
  return { id: row.id, status: row.status, layout, ...gongwen };
}
