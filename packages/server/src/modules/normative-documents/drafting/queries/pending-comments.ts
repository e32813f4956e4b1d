// The moderation queue: comments from the public waiting for moderation, on the documents whose consultation the
// actor conducts (normative.draft through the scope chokepoint), oldest first.
import type { Actor } from '../../../../platform/access/actor';
import { scopeFilter } from '../../../../platform/access/scope';
import { pageOf, pageSlice, type PageRequest } from '../../../../platform/db/paginate';
import type { Services } from '../../../../platform/services';
import { SUBJECT } from '../../support';
import type { Page, PendingComment } from '@fazhi/core/contracts';

export async function listPendingComments(
  services: Services,
  actor: Actor,
  query: PageRequest,
): Promise<Page<PendingComment>> {
  const q = services.db
    .selectFrom('consultation_comments as c')
    .innerJoin('consultations as k', (j) =>
      j.onRef('k.region_code', '=', 'c.region_code').onRef('k.id', '=', 'c.consultation_id'),
    )
    .innerJoin('normative_documents as d', (j) =>
      j
        .onRef('d.region_code', '=', 'k.region_code')
        .onRef('d.id', '=', 'k.subject_id')
        .on('k.subject_type', '=', SUBJECT),
    )
    .leftJoin('normative_articles as a', (j) =>
      j.onRef('a.region_code', '=', 'c.region_code').onRef('a.id', '=', 'c.article_id'),
    )
    .where('c.moderation_status', '=', 'pending')
    .where(scopeFilter(services.registry.grants, actor, 'normative.draft', 'd.drafting_org_id'));
  const total = await q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirst();
  const { limit, offset } = pageSlice(query);
  const rows = await q
    .select(['c.id', 'd.id as document_id', 'd.title', 'a.heading', 'c.body', 'c.commenter_name', 'c.submitted_at'])
    .orderBy('c.submitted_at')
    .orderBy('c.id')
    .limit(limit)
    .offset(offset)
    .execute();
  return pageOf(
    query,
    total?.n,
    rows.map((r) => ({
      id: r.id,
      documentId: r.document_id,
      documentTitle: r.title,
      articleHeading: r.heading,
      body: r.body,
      commenterName: r.commenter_name,
      submittedAt: r.submitted_at.toISOString(),
    })),
  );
}
