// A comment on a document, locked for the act that changes it (moderation, answer); another document's comment, or
// none, is 404.
import { notFound } from '../../../../platform/errors';
import type { Writer } from '../../../../platform/write';

export async function lockComment(w: Writer, doc: { id: string; region_code: string }, commentId: string) {
  const comment = await w.tx
    .selectFrom('normative_comments')
    .select(['id', 'moderation_status'])
    .where('region_code', '=', doc.region_code)
    .where('document_id', '=', doc.id)
    .where('id', '=', commentId)
    .forUpdate()
    .executeTakeFirst();
  if (!comment) throw notFound('意见');
  return comment;
}
