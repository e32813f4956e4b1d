// The recommendations received by the agencies the actor reaches, newest first, with the reply owed (its due date
// from the deadline service) or given; the agencies the actor may record for.
import { recommendationSourceLabels } from '@fazhi/core/litigation';
import type { RecommendationPage } from '@fazhi/core/contracts';
import type { Actor } from '../../../platform/access/actor';
import { abilities, policyContext } from '../../../platform/access/policy';
import { orgTarget, scopeFilter } from '../../../platform/access/scope';
import { countUpTo, pageOf, pageSlice } from '../../../platform/db/paginate';
import type { Services } from '../../../platform/services';
import { RECOMMENDATION_SUBJECT } from '../catalogue';
import { recommendationPolicy } from '../policy';

export async function listRecommendations(
  services: Services,
  actor: Actor,
  q: { page: number; pageSize: number },
): Promise<RecommendationPage> {
  const grants = services.registry.grants;
  const base = services.db
    .selectFrom('litigation_recommendations as r')
    .innerJoin('orgs as o', 'o.id', 'r.body_org_id')
    .leftJoin('litigation_suits as s', (j) =>
      j.onRef('s.region_code', '=', 'r.region_code').onRef('s.id', '=', 'r.suit_id'),
    )
    .leftJoin('deadlines as d', (j) =>
      j
        .onRef('d.region_code', '=', 'r.region_code')
        .on('d.subject_type', '=', RECOMMENDATION_SUBJECT)
        .on('d.kind', '=', 'reply')
        .onRef('d.subject_id', '=', (eb) => eb.cast('r.id', 'text')),
    )
    .where(scopeFilter(grants, actor, 'litigation.read', 'r.body_org_id'));
  const { limit, offset } = pageSlice(q);
  const [rows, total, bodies] = await Promise.all([
    base
      .selectAll('r')
      .select(['o.name as body_name', 's.suit_number', 'd.due_on'])
      .orderBy('r.received_on', 'desc')
      .orderBy('r.created_at', 'desc')
      .limit(limit)
      .offset(offset)
      .execute(),
    countUpTo(services.db, base.select('r.id')),
    services.db
      .selectFrom('orgs as o')
      .select(['o.id', 'o.name'])
      .where(scopeFilter(grants, actor, 'litigation.record', 'o.id'))
      .where('o.kind', '!=', 'internal_office')
      .orderBy('o.path')
      .limit(500)
      .execute(),
  ]);
  const p = policyContext(grants, actor);
  const items = [];
  for (const r of rows) {
    const target = await orgTarget(services.db, r.body_org_id);
    const can = target ? abilities(p, recommendationPolicy, { ...target, bodyName: r.body_name }) : null;
    items.push({
      id: r.id,
      bodyOrgId: r.body_org_id,
      bodyName: r.body_name,
      source: r.source,
      sourceLabel: recommendationSourceLabels[r.source],
      issuer: r.issuer,
      recommendationNumber: r.recommendation_number,
      receivedOn: r.received_on,
      content: r.content,
      suitId: r.suit_id,
      suitNumber: r.suit_number,
      dueOn: r.due_on ? r.due_on.slice(0, 10) : null,
      repliedOn: r.replied_on,
      replyText: r.reply_text,
      replyLate: r.reply_late,
      isDemo: r.is_demo,
      abilities: { read: can?.read ?? false, reply: (can?.reply ?? false) && !r.replied_on },
    });
  }
  return { ...pageOf(q, total.total, items), bodies };
}
