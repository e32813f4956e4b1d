// The current 政策解读 of a document (commands/publish-interpretation.ts), for the console page and the portal.
import type { Services } from '../../../../platform/services';

export async function publishedInterpretation(db: Services['db'], regionCode: string, documentId: string) {
  const row = await db
    .selectFrom('normative_interpretations as i')
    .leftJoin('users as u', 'u.id', 'i.published_by')
    .select(['i.title', 'i.body', 'i.published_at', 'i.is_demo', 'u.display_name'])
    .where('i.region_code', '=', regionCode)
    .where('i.document_id', '=', documentId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    title: row.title,
    body: row.body,
    publishedAt: row.published_at.toISOString(),
    publishedBy: row.display_name,
    isDemo: row.is_demo,
  };
}
