// The matters units sent for legality review, in the actor's scope (legal-advisers.read on the sending unit, through
// the scope chokepoint), with their standing read from the shared desk's latest round; one matter with every round —
// the reviewer, the deadline while it runs, the opinion, the individual opinions counted, the counsel (linked to the
// registry where named from it) and the unit's revision answering it.
import {
  contractKindLabels,
  reviewMatterKindLabels,
  reviewStandingLabels,
  type ReviewStanding,
} from '@fazhi/core/legal-advisers';
import { counselRoleLabels, reviewResultLabels } from '@fazhi/core/participation';
import type { LegalReviewMatter, LegalReviewMatterList, LegalReviewMatterRow } from '@fazhi/core/contracts';
import { sql } from 'kysely';
import type { Actor } from '../../../../platform/access/actor';
import { scopeFilter } from '../../../../platform/access/scope';
import { abilities, policyContext } from '../../../../platform/access/policy';
import type { Db } from '../../../../platform/db/connection';
import type { Services } from '../../../../platform/services';
import type { Tx } from '../../../../platform/write';
import { matterSubjectOf } from '../../catalogue';
import { legalReviewMatterPolicy } from '../../policy';
import { choices, matterFor } from '../../support';

export const latestReviewOf = (db: Db | Tx, regionCode: string, subjectType: string, id: string) =>
  db
    .selectFrom('legality_reviews')
    .selectAll()
    .where('region_code', '=', regionCode)
    .where('subject_type', '=', subjectType)
    .where('subject_id', '=', id)
    .orderBy('round', 'desc')
    .limit(1)
    .executeTakeFirst();

export const standingOf = (latest: { result: string | null } | null | undefined): ReviewStanding =>
  !latest ? 'not_sent' : ((latest.result ?? 'pending') as ReviewStanding);

/** The matters with their latest round and its open deadline (a lateral join: one row per matter). */
function mattersQuery(db: Db) {
  return db
    .selectFrom('legal_review_matters as m')
    .innerJoin('orgs as o', 'o.id', 'm.unit_id')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('legality_reviews as r')
          .select(['r.id', 'r.result', 'r.submitted_on', 'r.concluded_on'])
          .whereRef('r.region_code', '=', 'm.region_code')
          .whereRef('r.subject_id', '=', 'm.id')
          .where(sql<boolean>`r.subject_type = m.kind || '_review'`)
          .orderBy('r.round', 'desc')
          .limit(1)
          .as('r'),
      (j) => j.onTrue(),
    )
    .leftJoin('deadlines as d', (j) =>
      j
        .onRef('d.region_code', '=', 'm.region_code')
        .on(sql<boolean>`d.subject_id = m.id::text AND d.subject_type = m.kind || '_review'`)
        .on('d.kind', '=', 'legality-review')
        .on('d.status', '=', 'open'),
    )
    .selectAll('m')
    .select(['o.name as unit_name', 'r.id as review_id', 'r.result', 'r.submitted_on', 'r.concluded_on', 'd.due_on']);
}

type MatterQueryRow = Awaited<ReturnType<ReturnType<typeof mattersQuery>['executeTakeFirstOrThrow']>>;

const rowOf = (m: MatterQueryRow): LegalReviewMatterRow => {
  const standing = standingOf(m.review_id ? { result: m.result } : null);
  return {
    id: m.id,
    kind: m.kind,
    kindLabel: reviewMatterKindLabels[m.kind],
    contractKind: m.contract_kind,
    contractKindLabel: m.contract_kind ? contractKindLabels[m.contract_kind] : null,
    title: m.title,
    unitId: m.unit_id,
    unitName: m.unit_name,
    standing,
    standingLabel: reviewStandingLabels[standing],
    submittedOn: m.submitted_on ?? null,
    due: standing === 'pending' ? (m.due_on ?? null) : null,
    concludedOn: m.concluded_on ?? null,
    isDemo: m.is_demo,
  };
};

export async function listMatters(
  services: Services,
  actor: Actor,
  q: { reviewKind?: string | undefined },
): Promise<LegalReviewMatterList> {
  const grants = services.registry.grants;
  let query = mattersQuery(services.db).where(scopeFilter(grants, actor, 'legal-advisers.read', 'm.unit_id'));
  if (q.reviewKind) query = query.where('m.kind', '=', q.reviewKind as 'contract');
  const rows = await query.orderBy('m.created_at', 'desc').orderBy('m.id').limit(500).execute();
  const units = await services.db
    .selectFrom('orgs as o')
    .select(['o.id', 'o.name', 'o.kind'])
    .where(scopeFilter(grants, actor, 'legal-review.send', 'o.id'))
    .where('o.kind', '!=', 'internal_office')
    .orderBy('o.path')
    .limit(500)
    .execute();
  return {
    items: rows.map(rowOf),
    units,
    kinds: choices(reviewMatterKindLabels),
    contractKinds: choices(contractKindLabels),
  };
}

export async function getMatter(services: Services, actor: Actor, id: string): Promise<LegalReviewMatter> {
  const { unit } = await matterFor(services, services.db, actor, id, 'read');
  const m = await mattersQuery(services.db).where('m.id', '=', id).executeTakeFirstOrThrow();
  const reviews = await services.db
    .selectFrom('legality_reviews as r')
    .innerJoin('orgs as o', 'o.id', 'r.reviewer_org_id')
    .leftJoin('legal_review_revisions as v', (j) =>
      j.onRef('v.region_code', '=', 'r.region_code').onRef('v.review_id', '=', 'r.id'),
    )
    .selectAll('r')
    .select(['o.name as reviewer_name', 'v.revised_on', 'v.explanation'])
    .where('r.region_code', '=', m.region_code)
    .where('r.subject_type', '=', matterSubjectOf[m.kind])
    .where('r.subject_id', '=', id)
    .orderBy('r.round')
    .execute();
  const deadline = await services.db
    .selectFrom('deadlines')
    .select(['due_on', 'basis'])
    .where('region_code', '=', m.region_code)
    .where('subject_type', '=', matterSubjectOf[m.kind])
    .where('subject_id', '=', id)
    .where('kind', '=', 'legality-review')
    .orderBy('start_on', 'desc')
    .limit(1)
    .executeTakeFirst();
  const row = rowOf(m);
  const latest = reviews.at(-1);
  const can = abilities(policyContext(services.registry.grants, actor), legalReviewMatterPolicy, unit);
  return {
    ...row,
    counterparty: m.counterparty,
    amountYuan: m.amount_yuan === null ? null : Number(m.amount_yuan),
    text: m.body_text,
    annexes: m.annexes,
    ownReview: m.own_review,
    rounds: reviews.map((r) => ({
      reviewId: r.id,
      round: r.round,
      submittedOn: r.submitted_on,
      reviewerName: r.reviewer_name,
      due: r === latest ? (deadline?.due_on ?? null) : null,
      dueBasis: r === latest ? (deadline?.basis ?? null) : null,
      concludedOn: r.concluded_on,
      late: r.late,
      result: r.result,
      resultLabel: r.result ? reviewResultLabels[r.result] : null,
      opinion: r.opinion,
      opinionCount: r.opinion_count,
      counsel: (r.counsel ?? []).map((c) => ({
        name: c.name,
        roleLabel: counselRoleLabels[c.role],
        adviserId: c.adviserId ?? null,
      })),
      revision: r.revised_on ? { revisedOn: r.revised_on, explanation: r.explanation ?? '' } : null,
    })),
    abilities: {
      send: row.standing === 'failed' && can.send,
      revise: row.standing === 'passed_with_changes' && !latest?.revised_on && can.revise,
    },
  };
}
