// The question banks of the units the reader keeps, a page at a time, filtered by kind and tag.
import type { TrainingQuestion } from '@fazhi/core/contracts';
import type { QuestionKind } from '@fazhi/core/training';
import { sql } from 'kysely';
import type { Actor } from '../../../../platform/access/actor';
import { scopeFilter } from '../../../../platform/access/scope';
import { pageOf, pageSlice, type PageRequest } from '../../../../platform/db/paginate';
import type { Services } from '../../../../platform/services';
import { MANAGE_EXAMS } from '../../policy';

export async function listQuestions(
  services: Services,
  actor: Actor,
  q: PageRequest & { orgId?: string | undefined; questionKind?: QuestionKind | undefined; tag?: string | undefined },
) {
  let base = services.db
    .selectFrom('training_questions as q')
    .innerJoin('orgs as o', 'o.id', 'q.org_id')
    .where(scopeFilter(services.registry.grants, actor, MANAGE_EXAMS, 'q.org_id'));
  if (q.orgId) base = base.where('q.org_id', '=', q.orgId);
  if (q.questionKind) base = base.where('q.kind', '=', q.questionKind);
  if (q.tag) base = base.where(sql<boolean>`${q.tag} = ANY(q.tags)`);
  const total = (await base.select(sql<number>`count(*)::int`.as('n')).executeTakeFirst())?.n ?? 0;
  const { limit, offset } = pageSlice(q);
  const rows = await base
    .selectAll('q')
    .select('o.name as org_name')
    .orderBy('q.created_at', 'desc')
    .orderBy('q.id')
    .limit(limit)
    .offset(offset)
    .execute();
  return pageOf<TrainingQuestion>(
    q,
    total,
    rows.map((r) => ({
      id: r.id,
      orgId: r.org_id,
      orgName: r.org_name,
      questionKind: r.kind,
      stem: r.stem,
      options: r.options,
      answer: r.answer,
      tags: r.tags,
      explanation: r.explanation,
      isDemo: r.is_demo,
    })),
  );
}
