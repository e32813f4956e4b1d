// Who may act on a lent subject's consultation and review. The subject is located by its drafting unit (the
// subject module's read action decides whether it is visible at all: out of scope is 404), the review also by the
// reviewing body. Each predicate asks for the action the subject module lent for that act.
import type { ScopeTarget } from '@fazhi/core/access';
import type { Actor } from '../access/actor';
import { definePolicy, policyContext } from '../access/policy';
import { orgTarget } from '../access/scope';
import { notFound } from '../errors';
import type { Services } from '../services';
import type { Db } from '../db/connection';
import type { Tx } from '../write';
import { lentSubject, subjectLabel, type LentSubject, type SubjectDraft } from './subjects';

export interface SubjectOnDesk {
  subjectType: string;
  label: string;
  /** the subject module's action that reads such a record (its `subjectTypes` entry) */
  readAction: string;
  lent: LentSubject;
  draft: SubjectDraft;
  target: ScopeTarget;
  /** the reviewing body, for a review's acts */
  reviewer: ScopeTarget | null;
}

const named = (s: SubjectOnDesk) => `${s.label}《${s.draft.title}》`;

export const participationPolicy = definePolicy<
  SubjectOnDesk,
  'read' | 'conductConsultation' | 'submitForReview' | 'recordReview'
>(
  'participation',
  {
    read: (p, s) =>
      p.can(s.readAction, s.target) ||
      (s.reviewer !== null && !!s.lent.legalityReview && p.can(s.lent.legalityReview.reviewAction, s.reviewer)),
    conductConsultation: (p, s) => !!s.lent.consultation && p.can(s.lent.consultation.conductAction, s.target),
    submitForReview: (p, s) => !!s.lent.legalityReview && p.can(s.lent.legalityReview.submitAction, s.target),
    recordReview: (p, s) =>
      !!s.lent.legalityReview && s.reviewer !== null && p.can(s.lent.legalityReview.reviewAction, s.reviewer),
  },
  {
    read: (s) => `查看${named(s)}`,
    conductConsultation: (s) => `办理${named(s)}的公开征求意见`,
    submitForReview: (s) => `报送${named(s)}合法性审核`,
    recordReview: (s) => `审核${named(s)}`,
  },
);

/**
 * The subject for an act: loaded (404 when missing, or when the actor may neither read it nor review it), with its
 * unit and reviewing body as scope targets. A null actor (the system, the portal's public acts) is not asked.
 */
export async function subjectOnDesk(
  services: Services,
  db: Db | Tx,
  actor: Actor | null,
  subjectType: string,
  id: string,
  reviewerOrgId: string | null = null,
): Promise<SubjectOnDesk> {
  const lent = lentSubject(services.registry, subjectType);
  const draft = await lent.load(db, id);
  const target = draft && (await orgTarget(db as Db, draft.orgId));
  if (!draft || !target) throw notFound(subjectLabel(services.registry, subjectType));
  const reviewer = reviewerOrgId ? await orgTarget(db as Db, reviewerOrgId) : null;
  const label = subjectLabel(services.registry, subjectType);
  const readAction = services.registry.subjectTypes.get(subjectType)?.readAction ?? '';
  const s = { subjectType, label, readAction, lent, draft, target, reviewer };
  if (actor && !participationPolicy.rules.read(policyContext(services.registry.grants, actor), s))
    throw notFound(s.label);
  return s;
}
