// The console's comment desk (公众意见处理) across every kind of draft out for comment: the comments waiting for
// moderation, then the valid ones waiting for their answer, of the drafts whose consultation the actor conducts
// (each kind through the scope chokepoint with the kind's own action), and the two acts on one comment located by
// its id alone — the shared acts, which check the subject's scope (404) and the conducting action (403) again.
import { assignmentsFor } from '@fazhi/core/access';
import type { DeskCommentPage } from '@fazhi/core/contracts';
import { moderationStatusLabels, type CommentAnswer } from '@fazhi/core/participation';
import { sql } from 'kysely';
import type { Actor } from '../access/actor';
import { scopeFilter } from '../access/scope';
import { pageOf, pageSlice, type PageRequest } from '../db/paginate';
import { notFound } from '../errors';
import type { Services } from '../services';
import { inWriteTransaction, type WriteContext } from '../write';
import { answerSubjectCommentOn, moderateSubjectCommentOn } from './consultation-commands';
import { subjectLabel } from './subjects';

/** The lent kinds with a consultation, with the action that conducts it. */
export const consultationKinds = (services: Services) =>
  [...services.registry.lentSubjects].flatMap(([kind, lent]) =>
    lent.consultation ? [{ kind, action: lent.consultation.conductAction, lent }] : [],
  );

/** The kinds whose consultation the actor conducts somewhere (the desk's menu entry and filter). */
export const conductedKinds = (services: Services, actor: Actor) =>
  consultationKinds(services).filter(
    ({ action }) => assignmentsFor(services.registry.grants, actor.assignments, action).length > 0,
  );

export async function deskComments(
  services: Services,
  actor: Actor,
  query: PageRequest & { kind?: string | undefined; subjectId?: string | undefined },
): Promise<DeskCommentPage> {
  const all = conductedKinds(services, actor);
  const kinds = all.filter((k) => !query.kind || k.kind === query.kind);
  const choices = all.map((k) => ({ value: k.kind, label: subjectLabel(services.registry, k.kind) }));
  if (kinds.length === 0) return { ...pageOf(query, 0, []), kinds: choices };
  let base = services.db
    .selectFrom('consultation_comments as m')
    .innerJoin('consultations as c', (j) =>
      j.onRef('c.region_code', '=', 'm.region_code').onRef('c.id', '=', 'm.consultation_id'),
    )
    .where((eb) =>
      eb.or([
        eb('m.moderation_status', '=', 'pending'),
        eb.and([eb('m.moderation_status', '=', 'approved'), eb('m.answer', 'is', null)]),
      ]),
    )
    .where((eb) =>
      eb.or(
        kinds.map(({ kind, action }) =>
          eb.and([eb('c.subject_type', '=', kind), scopeFilter(services.registry.grants, actor, action, 'c.org_id')]),
        ),
      ),
    );
  if (query.subjectId) base = base.where('c.subject_id', '=', query.subjectId);
  const total = await base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirst();
  const { limit, offset } = pageSlice(query);
  const rows = await base
    .select([
      'm.id',
      'c.subject_type',
      'c.subject_id',
      'm.article_id',
      'm.body',
      'm.commenter_name',
      'm.submitted_at',
      'm.moderation_status',
    ])
    // waiting for moderation first: nothing else can be done with those; then the answers owed, oldest first
    .orderBy(sql`(m.moderation_status = 'pending')`, 'desc')
    .orderBy('m.submitted_at')
    .orderBy('m.id')
    .limit(limit)
    .offset(offset)
    .execute();
  const drafts = new Map<string, Promise<Awaited<ReturnType<ReturnType<typeof lentOf>['load']>>>>();
  const lentOf = (kind: string) => services.registry.lentSubjects.get(kind)!;
  const items: DeskCommentPage['items'] = [];
  for (const r of rows) {
    const key = `${r.subject_type}:${r.subject_id}`;
    if (!drafts.has(key)) drafts.set(key, lentOf(r.subject_type).load(services.db, r.subject_id));
    const draft = await drafts.get(key);
    const status = r.moderation_status === 'pending' ? 'pending' : 'approved';
    items.push({
      id: r.id,
      kind: r.subject_type,
      kindLabel: subjectLabel(services.registry, r.subject_type),
      subjectId: r.subject_id,
      title: draft?.title ?? '',
      subjectLink: lentOf(r.subject_type).consoleLink(r.subject_id),
      articleHeading: draft?.articles.find((a) => a.id === r.article_id)?.heading ?? null,
      body: r.body,
      commenterName: r.commenter_name,
      submittedAt: r.submitted_at.toISOString(),
      moderationStatus: status,
      moderationStatusLabel: status === 'pending' ? moderationStatusLabels.pending : '待答复',
    });
  }
  return { ...pageOf(query, total?.n, items), kinds: choices };
}

/** The subject a comment was made on (404 for an unknown comment: the shared act then checks scope and action). */
async function subjectOfComment(services: Services, commentId: string) {
  const found = await services.db
    .selectFrom('consultation_comments as m')
    .innerJoin('consultations as c', (j) =>
      j.onRef('c.region_code', '=', 'm.region_code').onRef('c.id', '=', 'm.consultation_id'),
    )
    .select(['c.subject_type', 'c.subject_id'])
    .where('m.id', '=', commentId)
    .executeTakeFirst();
  if (!found) throw notFound('意见');
  return found;
}

/** 审核公众意见 on the desk: the shared act on the comment's subject. */
export async function moderateDeskComment(
  services: Services,
  ctx: WriteContext,
  commentId: string,
  input: { decision: 'approved' | 'rejected'; note?: string | undefined },
) {
  const s = await subjectOfComment(services, commentId);
  await inWriteTransaction(services, ctx, (w) =>
    moderateSubjectCommentOn(services, w, s.subject_type, s.subject_id, commentId, input),
  );
}

/** 答复公众意见 on the desk: the shared act on the comment's subject. */
export async function answerDeskComment(
  services: Services,
  ctx: WriteContext,
  commentId: string,
  input: { answer: CommentAnswer; reason?: string | undefined },
) {
  const s = await subjectOfComment(services, commentId);
  await inWriteTransaction(services, ctx, (w) =>
    answerSubjectCommentOn(services, w, s.subject_type, s.subject_id, commentId, input),
  );
}
