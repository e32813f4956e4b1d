// The acts of a public consultation on a lent subject's draft (公开征求意见): open it for a period no shorter than the
// subject's statutory rule allows unless the shortening is explained, take the public's comments while it is open
// (length and per-address limits are the region's), moderate them, answer the valid ones, close it after the
// period. Each `…On` runs in the caller's write transaction, so the subject module composes it into its own act
// (its status change) and the demo seed into its own transaction; each writes its audit event on the subject.
import { randomUUID } from 'node:crypto';
import {
  answerNeedsReason,
  checkConsultationPeriod,
  commentAnswerLabels,
  consultationAcceptsComments,
  consultationPeriodProblem,
  moderationStatusLabels,
  type CommentAnswer,
} from '@fazhi/core/participation';
import { sql } from 'kysely';
import { authorizeAs } from '../access/policy';
import { actDate } from '../act-date';
import { computeFor } from '../deadlines';
import { chineseDate } from '../display-dates';
import { AppError, conflict, invalid, notFound } from '../errors';
import type { Services } from '../services';
import type { Writer } from '../write';
import { participationPolicy, subjectOnDesk, type SubjectOnDesk } from './policy';
import { lentSubject, subjectLabel, type LentConsultation, type ParticipationAct } from './subjects';
import { ipHash } from './support';

export async function auditSubject(
  w: Writer,
  s: Pick<SubjectOnDesk, 'subjectType' | 'draft'>,
  act: ParticipationAct,
  summary: string,
  changes: Record<string, unknown>,
) {
  await w.audit({
    regionCode: s.draft.regionCode,
    action: `${s.subjectType}.${act}`,
    subjectType: s.subjectType,
    subjectId: s.draft.id,
    summary: `《${s.draft.title}》${summary}`,
    changes,
  });
}

function consultationOf(s: SubjectOnDesk): LentConsultation {
  if (!s.lent.consultation) throw invalid('NO_CONSULTATION_LENT', `${s.label}不适用公开征求意见`);
  return s.lent.consultation;
}

/** The subject, visible to the actor, whose consultation the actor conducts (403 otherwise). */
async function conducted(services: Services, w: Writer, subjectType: string, id: string) {
  const s = await subjectOnDesk(services, w.tx, w.ctx.actor, subjectType, id);
  authorizeAs(services.registry.grants, w.ctx.actor, participationPolicy, 'conductConsultation', s);
  return { s, c: consultationOf(s) };
}

const consultationsOf = (w: Writer, s: SubjectOnDesk) =>
  w.tx
    .selectFrom('consultations')
    .select(['id', 'opens_on', 'closes_on'])
    .where('region_code', '=', s.draft.regionCode)
    .where('subject_type', '=', s.subjectType)
    .where('subject_id', '=', s.draft.id);

const openConsultationOf = (w: Writer, s: SubjectOnDesk) =>
  consultationsOf(w, s).where('status', '=', 'open').forUpdate().executeTakeFirst();

export interface OpenConsultationInput {
  opensOn?: string | undefined;
  closesOn: string;
  shortenedReason?: string | undefined;
}

export async function openSubjectConsultationOn(
  services: Services,
  w: Writer,
  subjectType: string,
  id: string,
  input: OpenConsultationInput,
) {
  const { s, c } = await conducted(services, w, subjectType, id);
  if (await openConsultationOf(w, s)) throw conflict('CONSULTATION_ALREADY_OPEN', '该草案正在公开征求意见');
  const opensOn = actDate(services, input.opensOn, 'opensOn');
  const earliest = await computeFor(w.tx, {
    regionCode: s.draft.regionCode,
    subjectType,
    subjectId: s.draft.id,
    kind: 'consultation',
    label: '公开征求意见',
    subjectTitle: s.draft.title,
    ruleId: c.periodRule,
    from: opensOn,
    responsibleOrgId: s.draft.orgId,
  });
  const verdict = checkConsultationPeriod({
    opensOn,
    closesOn: input.closesOn,
    earliestClose: earliest.due,
    shortenedReason: input.shortenedReason,
  });
  if (!verdict.ok) {
    const problem = consultationPeriodProblem(verdict.reason, earliest);
    throw invalid('CONSULTATION_PERIOD_INVALID', problem.message, [{ path: 'closesOn', message: problem.field }]);
  }
  const consultationId = randomUUID();
  await w.tx
    .insertInto('consultations')
    .values({
      region_code: s.draft.regionCode,
      id: consultationId,
      subject_type: subjectType,
      subject_id: s.draft.id,
      org_id: s.draft.orgId,
      opens_on: opensOn,
      closes_on: input.closesOn,
      shortened_reason: verdict.shortened ? (input.shortenedReason ?? null) : null,
      status: 'open',
      opened_by: w.ctx.actor?.userId ?? null,
    })
    .execute();
  await auditSubject(w, s, 'consultation_opened', `公开征求意见（${opensOn} 至 ${input.closesOn}）`, {
    consultationId,
    opensOn,
    closesOn: input.closesOn,
    shortened: verdict.shortened,
    basis: earliest.basis,
  });
  return { consultationId, earliestClose: earliest.due, basis: earliest.basis };
}

/** The subject's latest consultation, whatever its status (a comment after it closed is refused by its period). */
const lastConsultationOf = (w: Writer, s: SubjectOnDesk) =>
  consultationsOf(w, s).orderBy('opens_on', 'desc').executeTakeFirst();

export interface CommentInput {
  body: string;
  articleId?: string | undefined;
  name?: string | undefined;
  contact?: string | undefined;
}

/** 公众提交意见: anyone, without an account, while the consultation is open; every comment waits for moderation. */
export async function submitSubjectCommentOn(
  services: Services,
  w: Writer,
  subjectType: string,
  id: string,
  input: CommentInput,
  opts: { isDemo?: boolean; on?: string } = {},
) {
  const lent = lentSubject(services.registry, subjectType);
  const draft = await lent.load(w.tx, id);
  const s = draft && { subjectType, draft };
  const open = s && lent.consultation && (await openConsultationOf(w, s as SubjectOnDesk));
  const on = opts.on ?? services.clock.today();
  const period = open ?? (s && lent.consultation && (await lastConsultationOf(w, s as SubjectOnDesk)));
  if (!s || !lent.consultation || !period)
    throw notFound(`正在征求意见的${subjectLabel(services.registry, subjectType)}`);
  // a draft whose period has ended (or not begun) is refused by name, so the public knows why their comment is not taken
  if (!open || !consultationAcceptsComments({ opensOn: open.opens_on, closesOn: open.closes_on, today: on }))
    throw invalid(
      'CONSULTATION_NOT_OPEN',
      `征求意见期为${chineseDate(period.opens_on)}至${chineseDate(period.closes_on)}，${on < period.opens_on ? '尚未开始' : '已经结束'}，不再受理意见`,
      [{ path: 'body', message: '不在征求意见期内，不再受理意见' }],
    );
  const limits = await lent.consultation.commentLimits(w.tx, s.draft.regionCode);
  if (input.body.length > limits.maxLength)
    throw invalid('COMMENT_TOO_LONG', `意见内容不能超过${limits.maxLength}个字符（当前${input.body.length}个）`, [
      { path: 'body', message: `不能超过${limits.maxLength}个字符` },
    ]);
  if (input.articleId && !s.draft.articles.some((a) => a.id === input.articleId))
    throw invalid('ARTICLE_NOT_FOUND', '所评论的条文不属于该草案', [{ path: 'articleId', message: '条文不存在' }]);
  const hash = ipHash(w.ctx.ip);
  if (hash && !opts.isDemo) {
    // serialise the count-then-insert of one address so parallel requests cannot pass the limit together
    await sql`SELECT pg_advisory_xact_lock(hashtextextended(${'consultation-comment:' + hash}, 0))`.execute(w.tx);
    const recent = await w.tx
      .selectFrom('consultation_comments')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('ip_hash', '=', hash)
      .where('submitted_at', '>', new Date(services.clock.now().getTime() - 3600_000))
      .executeTakeFirstOrThrow();
    if (Number(recent.n) >= limits.perHour)
      throw new AppError(429, 'RATE_LIMITED', `同一网络地址每小时最多提交${limits.perHour}条意见，请稍后再试`);
  }
  const commentId = randomUUID();
  await w.tx
    .insertInto('consultation_comments')
    .values({
      region_code: s.draft.regionCode,
      id: commentId,
      consultation_id: open.id,
      article_id: input.articleId ?? null,
      body: input.body,
      commenter_name: input.name ?? null,
      contact_enc: input.contact ? services.cipher.encrypt(input.contact) : null,
      ip_hash: hash,
      is_demo: opts.isDemo ?? false,
      // the platform clock, like every business time: the hourly limit above counts on the same clock
      submitted_at: opts.on ? new Date(`${opts.on}T10:00:00+08:00`) : services.clock.now(),
    })
    .execute();
  await auditSubject(w, s, 'comment_submitted', '收到公众意见一条（待审核）', {
    commentId,
    articleId: input.articleId ?? null,
    length: input.body.length,
  });
  return { id: commentId, status: 'pending' as const };
}

/** A comment on the subject's consultations, locked for the act that changes it; another subject's is 404. */
async function lockComment(w: Writer, s: SubjectOnDesk, commentId: string) {
  const comment = await w.tx
    .selectFrom('consultation_comments as m')
    .innerJoin('consultations as c', (j) =>
      j.onRef('c.region_code', '=', 'm.region_code').onRef('c.id', '=', 'm.consultation_id'),
    )
    .select(['m.id', 'm.moderation_status'])
    .where('m.region_code', '=', s.draft.regionCode)
    .where('c.subject_type', '=', s.subjectType)
    .where('c.subject_id', '=', s.draft.id)
    .where('m.id', '=', commentId)
    .forUpdate(['m'])
    .executeTakeFirst();
  if (!comment) throw notFound('意见');
  return comment;
}

/** 审核公众意见: a valid comment (approved) is answered and reported; an invalid one (rejected) is only counted. */
export async function moderateSubjectCommentOn(
  services: Services,
  w: Writer,
  subjectType: string,
  id: string,
  commentId: string,
  input: { decision: 'approved' | 'rejected'; note?: string | undefined },
) {
  const { s } = await conducted(services, w, subjectType, id);
  const comment = await lockComment(w, s, commentId);
  if (comment.moderation_status !== 'pending') throw conflict('COMMENT_ALREADY_MODERATED', '该意见已审核');
  await w.tx
    .updateTable('consultation_comments')
    .set({
      moderation_status: input.decision,
      moderation_note: input.note ?? null,
      moderated_by: w.ctx.actor?.userId ?? null,
      moderated_at: w.clock.now(),
    })
    .where('region_code', '=', s.draft.regionCode)
    .where('id', '=', comment.id)
    .execute();
  await auditSubject(w, s, 'comment_moderated', `公众意见审核为${moderationStatusLabels[input.decision]}`, {
    commentId,
    decision: input.decision,
  });
}

/** 答复公众意见 (意见采纳情况): adopted, partly adopted or not adopted, with the reason unless adopted. */
export async function answerSubjectCommentOn(
  services: Services,
  w: Writer,
  subjectType: string,
  id: string,
  commentId: string,
  input: { answer: CommentAnswer; reason?: string | undefined },
) {
  const { s } = await conducted(services, w, subjectType, id);
  if (answerNeedsReason(input.answer) && !input.reason?.trim())
    throw invalid('ANSWER_REASON_REQUIRED', `${commentAnswerLabels[input.answer]}的意见应当说明理由`, [
      { path: 'reason', message: '请说明理由' },
    ]);
  const comment = await lockComment(w, s, commentId);
  if (comment.moderation_status !== 'approved')
    throw conflict('COMMENT_NOT_APPROVED', '该意见尚未审核为有效意见（或已审核为无效意见），无需答复');
  await w.tx
    .updateTable('consultation_comments')
    .set({
      answer: input.answer,
      answer_reason: input.reason ?? null,
      answered_by: w.ctx.actor?.userId ?? null,
      answered_at: w.clock.now(),
    })
    .where('region_code', '=', s.draft.regionCode)
    .where('id', '=', comment.id)
    .execute();
  await auditSubject(w, s, 'comment_answered', `答复公众意见：${commentAnswerLabels[input.answer]}`, {
    commentId,
    answer: input.answer,
  });
}

/** 结束征求意见: only after the announced period has ended. */
export async function closeSubjectConsultationOn(
  services: Services,
  w: Writer,
  subjectType: string,
  id: string,
  closedOnInput?: string,
) {
  const { s } = await conducted(services, w, subjectType, id);
  const closedOn = actDate(services, closedOnInput, 'closedOn');
  const open = await openConsultationOf(w, s);
  if (!open) throw conflict('CONSULTATION_NOT_OPEN', '该草案没有正在进行的公开征求意见');
  if (closedOn <= open.closes_on)
    throw invalid('CONSULTATION_NOT_ENDED', `征求意见期至 ${open.closes_on} 截止，期满后方可结束`, [
      { path: 'closedOn', message: `应晚于 ${open.closes_on}` },
    ]);
  await w.tx
    .updateTable('consultations')
    .set({ status: 'closed', closed_on: closedOn })
    .where('region_code', '=', s.draft.regionCode)
    .where('id', '=', open.id)
    .execute();
  await auditSubject(w, s, 'consultation_closed', `结束征求意见（${closedOn}）`, { consultationId: open.id });
  return { consultationId: open.id, closedOn };
}
