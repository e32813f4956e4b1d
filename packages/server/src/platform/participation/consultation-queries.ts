// Reads of the shared consultations: the portal's list of every module's drafts open for comment (public data:
// title, unit, period, approved-comment count — never who commented), one draft's public page, the moderation
// queue of the drafts whose consultation the actor conducts (through the scope chokepoint, per lent kind), and the
// 意见采纳情况说明 of a subject.
import { parseIsoDate } from '@fazhi/core/calendar';
import {
  adoptionReportBlocks,
  adoptionReportRefusal,
  adoptionReportTitle,
  commentAnswerLabels,
  type ReportBlock,
} from '@fazhi/core/participation';
import { sql } from 'kysely';
import type { Actor } from '../access/actor';
import { scopeFilter } from '../access/scope';
import { chineseDate } from '../display-dates';
import { invalid } from '../errors';
import { pageOf, pageSlice, type PageRequest } from '../db/paginate';
import type { Services } from '../services';
import { subjectOnDesk } from './policy';
import { subjectLabel } from './subjects';

export interface OpenConsultationRow {
  subjectType: string;
  subjectLabel: string;
  id: string;
  title: string;
  orgName: string;
  opensOn: string;
  closesOn: string;
  daysRemaining: number;
  approvedCommentCount: number;
  isDemo: boolean;
}

/** A page of the lent kinds' drafts (every kind, or those asked for) of the region open for comment today, soonest
 * closing first: the portal's 意见征集. No region (a portal not yet set up) lists nothing. */
export async function listOpenSubjectConsultations(
  services: Services,
  regionCode: string | null,
  query: PageRequest,
  kinds: readonly string[] = lentKinds(services, 'consultation'),
) {
  const on = services.clock.today();
  const lent = new Set(lentKinds(services, 'consultation'));
  const asked = kinds.filter((k) => lent.has(k));
  if (!regionCode || asked.length === 0) return { ...pageOf(query, 0, [] as OpenConsultationRow[]), today: on };
  const base = services.db
    .selectFrom('consultations as c')
    .where('c.region_code', '=', regionCode)
    .where('c.status', '=', 'open')
    .where('c.opens_on', '<=', on)
    .where('c.closes_on', '>=', on)
    .where('c.subject_type', 'in', asked);
  const total = await base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirst();
  const { limit, offset } = pageSlice(query);
  const rows = await base
    .select([
      'c.subject_type',
      'c.subject_id',
      'c.opens_on',
      'c.closes_on',
      (eb) =>
        eb
          .selectFrom('consultation_comments as m')
          .select(sql<string>`count(*)`.as('n'))
          .whereRef('m.region_code', '=', 'c.region_code')
          .whereRef('m.consultation_id', '=', 'c.id')
          .where('m.moderation_status', '=', 'approved')
          .as('approved'),
    ])
    .orderBy('c.closes_on')
    .orderBy('c.id')
    .limit(limit)
    .offset(offset)
    .execute();
  const out: OpenConsultationRow[] = [];
  for (const r of rows) {
    const draft = await services.registry.lentSubjects.get(r.subject_type)?.load(services.db, r.subject_id);
    if (!draft) continue;
    out.push({
      subjectType: r.subject_type,
      subjectLabel: subjectLabel(services.registry, r.subject_type),
      id: draft.id,
      title: draft.title,
      orgName: draft.orgName,
      opensOn: r.opens_on,
      closesOn: r.closes_on,
      daysRemaining: parseIsoDate(r.closes_on) - parseIsoDate(on),
      approvedCommentCount: Number(r.approved ?? 0),
      isDemo: draft.isDemo,
    });
  }
  return { ...pageOf(query, total?.n, out), today: on };
}

const lentKinds = (services: Services, part: 'consultation' | 'legalityReview') =>
  [...services.registry.lentSubjects].filter(([, lent]) => lent[part]).map(([kind]) => kind);

/** Every comment on a subject's consultations with its moderation and answer, oldest first. */
export function commentsOf(services: Services, regionCode: string, subjectType: string, id: string) {
  return services.db
    .selectFrom('consultation_comments as m')
    .innerJoin('consultations as c', (j) =>
      j.onRef('c.region_code', '=', 'm.region_code').onRef('c.id', '=', 'm.consultation_id'),
    )
    .select(['m.id', 'm.article_id', 'm.body', 'm.moderation_status', 'm.answer', 'm.answer_reason', 'm.submitted_at'])
    .where('m.region_code', '=', regionCode)
    .where('c.subject_type', '=', subjectType)
    .where('c.subject_id', '=', id)
    .orderBy('m.submitted_at')
    .orderBy('m.id')
    .execute();
}

/** The portal page of a draft open for comment (null when it is not): its text and the answered valid comments. */
export async function getPublicSubjectConsultation(services: Services, subjectType: string, id: string) {
  const lent = services.registry.lentSubjects.get(subjectType);
  const draft = lent?.consultation && (await lent.load(services.db, id));
  if (!lent?.consultation || !draft) return null;
  const on = services.clock.today();
  const open = await services.db
    .selectFrom('consultations')
    .select(['opens_on', 'closes_on'])
    .where('region_code', '=', draft.regionCode)
    .where('subject_type', '=', subjectType)
    .where('subject_id', '=', id)
    .where('status', '=', 'open')
    .where('opens_on', '<=', on)
    .executeTakeFirst();
  if (!open) return null;
  const comments = await commentsOf(services, draft.regionCode, subjectType, id);
  return {
    subjectType,
    subjectLabel: subjectLabel(services.registry, subjectType),
    id,
    regionCode: draft.regionCode,
    isDemo: draft.isDemo,
    title: draft.title,
    orgName: draft.orgName,
    explanation: draft.explanation,
    opensOn: open.opens_on,
    closesOn: open.closes_on,
    commentMaxLength: (await lent.consultation.commentLimits(services.db, draft.regionCode)).maxLength,
    articles: draft.articles,
    approvedComments: comments
      .filter((c) => c.moderation_status === 'approved')
      .map((c) => ({
        id: c.id,
        articleId: c.article_id,
        body: c.body,
        submittedAt: c.submitted_at.toISOString(),
        answer: c.answer,
        answerLabel: c.answer ? commentAnswerLabels[c.answer] : null,
        answerReason: c.answer_reason,
      })),
  };
}

/** The moderation queue, a page of it: pending comments on the lent kinds' drafts (every kind, or those asked for)
 * whose consultation the actor conducts, oldest first. */
export async function pendingSubjectComments(
  services: Services,
  actor: Actor,
  query: PageRequest,
  only?: readonly string[],
) {
  const kinds = [...services.registry.lentSubjects].flatMap(([kind, lent]) =>
    lent.consultation && (!only || only.includes(kind)) ? [{ kind, action: lent.consultation.conductAction }] : [],
  );
  if (kinds.length === 0) return pageOf(query, 0, [] as PendingSubjectComment[]);
  const base = services.db
    .selectFrom('consultation_comments as m')
    .innerJoin('consultations as c', (j) =>
      j.onRef('c.region_code', '=', 'm.region_code').onRef('c.id', '=', 'm.consultation_id'),
    )
    .where('m.moderation_status', '=', 'pending')
    .where((eb) =>
      eb.or(
        kinds.map(({ kind, action }) =>
          eb.and([eb('c.subject_type', '=', kind), scopeFilter(services.registry.grants, actor, action, 'c.org_id')]),
        ),
      ),
    );
  const total = await base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirst();
  const { limit, offset } = pageSlice(query);
  const rows = await base
    .select(['m.id', 'c.subject_type', 'c.subject_id', 'm.article_id', 'm.body', 'm.commenter_name', 'm.submitted_at'])
    .orderBy('m.submitted_at')
    .orderBy('m.id')
    .limit(limit)
    .offset(offset)
    .execute();
  const drafts = new Map<string, Awaited<ReturnType<typeof loadDraft>>>();
  const loadDraft = (kind: string, id: string) => services.registry.lentSubjects.get(kind)!.load(services.db, id);
  const out: PendingSubjectComment[] = [];
  for (const r of rows) {
    const key = `${r.subject_type}:${r.subject_id}`;
    if (!drafts.has(key)) drafts.set(key, await loadDraft(r.subject_type, r.subject_id));
    const draft = drafts.get(key);
    out.push({
      id: r.id,
      subjectType: r.subject_type,
      subjectLabel: subjectLabel(services.registry, r.subject_type),
      subjectId: r.subject_id,
      title: draft?.title ?? '',
      articleHeading: draft?.articles.find((a) => a.id === r.article_id)?.heading ?? null,
      body: r.body,
      commenterName: r.commenter_name,
      submittedAt: r.submitted_at.toISOString(),
    });
  }
  return pageOf(query, total?.n, out);
}

export interface PendingSubjectComment {
  id: string;
  subjectType: string;
  subjectLabel: string;
  subjectId: string;
  title: string;
  articleHeading: string | null;
  body: string;
  commenterName: string | null;
  submittedAt: string;
}

/** 意见采纳情况说明 of a subject, signed today by its drafting unit: the 公文 blocks the subject module renders. */
export async function subjectAdoptionReport(
  services: Services,
  actor: Actor | null,
  subjectType: string,
  id: string,
): Promise<{ title: string; author: string; blocks: ReportBlock[] }> {
  const s = await subjectOnDesk(services, services.db, actor, subjectType, id);
  const consultations = await services.db
    .selectFrom('consultations')
    .select(['opens_on', 'closes_on', 'closed_on', 'shortened_reason'])
    .where('region_code', '=', s.draft.regionCode)
    .where('subject_type', '=', subjectType)
    .where('subject_id', '=', id)
    .orderBy('opens_on')
    .execute();
  const comments = await commentsOf(services, s.draft.regionCode, subjectType, id);
  const facts = {
    title: s.draft.title,
    orgName: s.draft.orgName,
    articles: s.draft.articles,
    consultations: consultations.map((c) => ({
      opensOn: c.opens_on,
      closesOn: c.closes_on,
      closedOn: c.closed_on,
      shortenedReason: c.shortened_reason,
    })),
    comments: comments.map((c) => ({
      moderationStatus: c.moderation_status,
      articleId: c.article_id,
      body: c.body,
      answer: c.answer,
      answerLabel: c.answer ? commentAnswerLabels[c.answer] : null,
      answerReason: c.answer_reason,
    })),
  };
  const refusal = adoptionReportRefusal(facts, null);
  if (refusal) throw invalid(refusal.code, refusal.message);
  return {
    title: adoptionReportTitle(s.draft.title),
    author: s.draft.orgName,
    blocks: adoptionReportBlocks(facts, chineseDate, chineseDate(services.clock.today())),
  };
}
