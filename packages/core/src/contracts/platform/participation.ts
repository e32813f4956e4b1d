// The shared public consultation (server platform/participation): the portal's 意见征集 across every kind of draft
// a module lends it (normative documents, major decisions), one draft's public page, a comment, and the console's
// comment desk (公众意见处理) across those kinds. Public answers carry nothing that is not public by law: never who
// commented.
import { z } from 'zod';
import { commentAnswers } from '../../participation/consultation';
import { isoDate, isoInstant, pageOf } from './common';

/** A draft open for comment on the portal's 意见征集: its kind, organiser, period and the days left from today. */
export const openSubjectConsultation = z.object({
  /** the lent kind (subject_type), e.g. normative_document, major_decision */
  kind: z.string(),
  kindLabel: z.string(),
  id: z.string(),
  title: z.string(),
  /** the unit that drafts it and conducts the consultation */
  orgName: z.string(),
  opensOn: isoDate,
  closesOn: isoDate,
  /** calendar days from today (the server's) to the closing day; 0 on the closing day */
  daysRemaining: z.number(),
  approvedCommentCount: z.number(),
  isDemo: z.boolean(),
});
export type OpenSubjectConsultation = z.infer<typeof openSubjectConsultation>;
export const openSubjectConsultationPage = pageOf(openSubjectConsultation).extend({
  today: isoDate,
  /** the kinds the portal lists, for its filter */
  kinds: z.array(z.object({ value: z.string(), label: z.string() })),
});
export type OpenSubjectConsultationPage = z.infer<typeof openSubjectConsultationPage>;

export const consultationArticle = z.object({
  id: z.string(),
  seq: z.number(),
  heading: z.string().nullable(),
  body: z.string(),
});
export type ConsultationArticle = z.infer<typeof consultationArticle>;

const commentAnswer = z.enum(commentAnswers);

/** An approved public comment, with the drafting unit's answer once given; never who sent it. */
export const approvedComment = z.object({
  id: z.string(),
  articleId: z.string().nullable(),
  body: z.string(),
  submittedAt: isoInstant,
  answer: commentAnswer.nullable(),
  answerLabel: z.string().nullable(),
  answerReason: z.string().nullable(),
});
export type ApprovedComment = z.infer<typeof approvedComment>;

/** A lent kind's draft as the shared pages name it (the public consultation's page, the review package). */
export const kindDraft = z.object({
  kind: z.string(),
  kindLabel: z.string(),
  id: z.string(),
  title: z.string(),
  orgName: z.string(),
  explanation: z.string().nullable(),
});

/** One draft open for comment: its text (by article where it has articles), explanation and answered comments. */
export const publicSubjectConsultation = kindDraft.extend({
  opensOn: isoDate,
  closesOn: isoDate,
  daysRemaining: z.number(),
  isDemo: z.boolean(),
  /** the longest comment the region accepts for this kind (the lending module's setting) */
  commentMaxLength: z.number(),
  articles: z.array(consultationArticle),
  approvedComments: z.array(approvedComment),
});
export type PublicSubjectConsultation = z.infer<typeof publicSubjectConsultation>;

export const submittedComment = z.object({ id: z.string(), status: z.literal('pending') });
export type SubmittedComment = z.infer<typeof submittedComment>;

/** A comment on the desk: waiting for moderation (pending) or approved and waiting for its answer. */
export const deskComment = z.object({
  id: z.string(),
  kind: z.string(),
  kindLabel: z.string(),
  subjectId: z.string(),
  title: z.string(),
  /** the record's console page, where the module shows the whole consultation */
  subjectLink: z.string(),
  articleHeading: z.string().nullable(),
  body: z.string(),
  commenterName: z.string().nullable(),
  submittedAt: isoInstant,
  moderationStatus: z.enum(['pending', 'approved']),
  moderationStatusLabel: z.string(),
});
export type DeskComment = z.infer<typeof deskComment>;
export const deskCommentPage = pageOf(deskComment).extend({
  /** the kinds whose consultations the actor conducts somewhere, for the desk's filter */
  kinds: z.array(z.object({ value: z.string(), label: z.string() })),
});
export type DeskCommentPage = z.infer<typeof deskCommentPage>;
