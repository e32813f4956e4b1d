// The published text of a document for the public portal's downloads. Published texts are public (国办发〔2018〕37号:
// 统一公开), so any region's is served — but only once registered and published: a draft, a withdrawn draft or an
// unknown id is 404, whatever its validity now (a repealed or lapsed text stays public as it was published).
import type { Services } from '../../../../platform/services';
import type { OfficialTextInput } from '../documents/official-text';

const published = ['published', 'amendment_pending', 'repealed', 'lapsed'] as const;

export async function getPublicText(services: Services, id: string): Promise<OfficialTextInput | null> {
  const db = services.db;
  const row = await db
    .selectFrom('normative_documents as d')
    .innerJoin('orgs as i', 'i.id', 'd.issuer_org_id')
    .select(['d.region_code', 'd.id', 'd.title', 'd.doc_number', 'd.published_on', 'i.name as issuer_name'])
    .where('d.id', '=', id)
    .where('d.status', 'in', published)
    .where('d.doc_number', 'is not', null)
    .executeTakeFirst();
  if (!row) return null;
  const articles = await db
    .selectFrom('normative_articles')
    .select(['seq', 'heading', 'body'])
    .where('region_code', '=', row.region_code)
    .where('document_id', '=', row.id)
    .orderBy('seq')
    .execute();
  return {
    title: row.title,
    docNumber: row.doc_number,
    issuerName: row.issuer_name,
    publishedOn: row.published_on,
    articles,
  };
}
