// What a module lends the shared public-participation and legality-review mechanism: a kind of draft (its
// subject_type, declared in the manifest's `subjectTypes` with its Chinese name) with how to load one, the statutory
// rules its periods are counted by, who conducts its consultation, who submits and who reviews it, and its review
// checklist. The shared code asks the registry for the lent subject of a kind; it never names a module.
import type { Db } from '../db/connection';
import type { Tx } from '../write';
import type { Registry } from '../modules/registry';
import type { CounselRole } from '@fazhi/core/participation';
import { notFound } from '../errors';
import './tables';

/** A subject's draft as the shared mechanism needs it (read without scope: the mechanism decides who may act). */
export interface SubjectDraft {
  regionCode: string;
  id: string;
  title: string;
  /** the unit that drafts it (the drafting side's scope) */
  orgId: string;
  orgName: string;
  /** the text by article, when the draft has articles (a comment may be on one); empty otherwise */
  articles: { id: string; seq: number; heading: string; body: string }[];
  explanation: string | null;
  isDemo: boolean;
}

export interface LentConsultation {
  /** the statute catalogue's rule of the shortest period, e.g. decision.public-comment (条例 第十五条) */
  periodRule: string;
  /** the action, held at the subject's unit, that opens, moderates, answers and closes its consultation */
  conductAction: string;
  /** the region's limits on a public comment: its longest text, and comments per client address per hour */
  commentLimits(db: Db | Tx, regionCode: string): Promise<{ maxLength: number; perHour: number }>;
}

export interface LentReview {
  /** the rule of the shortest review time (e.g. decision.legality-review, 条例 第二十六条: 一般不少于7个工作日) */
  floorRule: string;
  /** the rule of the longest review time, where the subject's rules set one (a deadline is kept for it) */
  ceilingRule?: string;
  /** item → the question the reviewer answers (the subject's statutory checklist) */
  checklist: Readonly<Record<string, string>>;
  /** every checklist item must be answered (the default); false where the subject's reviewers answer only the items
   * the draft raises (normative documents) */
  checklistComplete?: boolean;
  /** the record names the 法律顾问/公职律师 who took part (条例 第二十七条 for decisions) */
  counselRequired: boolean;
  /** the reviewer states how many individual opinions the opinion holds (seed 003: 提出法制审核意见300余条) */
  countsOpinions?: boolean;
  /** the registered 法律顾问/公职律师 of the region the reviewer picks the counsel from (the registry's ids) */
  counselChoices?(db: Db | Tx, regionCode: string): Promise<{ id: string; name: string; role: CounselRole }[]>;
  /** held at the subject's unit: sends the draft for review */
  submitAction: string;
  /** held at the reviewing body: concludes the review (and sees the pending ones on the desk) */
  reviewAction: string;
  /** the reviewing body for the subject's region (a justice bureau, the government's legal office) */
  reviewerOrg(db: Db | Tx, regionCode: string): Promise<{ id: string; name: string }>;
  /** the kind's record-review route (under /api) taking the shared review form's body — checklist, opinion,
   * result, counsel, concludedOn, earlyReason —, which the shared desk's page posts to */
  recordPath?(id: string): string;
  /** the module's own review page, where its review asks for more than the shared form (normative documents'
   * pre-check findings); the shared desk's page otherwise */
  deskLink?(id: string): string;
}

export interface LentSubject {
  load(db: Db | Tx, id: string): Promise<SubjectDraft | null>;
  /** the console page of the record, for links from the desks and deadlines */
  consoleLink(id: string): string;
  consultation?: LentConsultation;
  legalityReview?: LentReview;
}

/** The audit acts the shared mechanism writes on a subject, as `<subject_type>.<act>`. */
export const participationActs = {
  consultation_opened: '公开征求意见',
  consultation_closed: '结束征求意见',
  comment_submitted: '公众提交意见',
  comment_moderated: '审核公众意见',
  comment_answered: '答复公众意见',
  submitted_for_legality_review: '报送合法性审核',
  legality_reviewed: '合法性审核',
} as const;
export type ParticipationAct = keyof typeof participationActs;

/** The audit actions with their labels a module lending `subjectType` declares in its `auditEvents`. */
export function participationAuditEvents(subjectType: string): Record<string, string> {
  return Object.fromEntries(Object.entries(participationActs).map(([act, label]) => [`${subjectType}.${act}`, label]));
}

/** The lent subject of a kind, or 404 for a kind no module lends (a portal address with a made-up kind). */
export function lentSubject(registry: Registry, subjectType: string): LentSubject {
  const lent = registry.lentSubjects.get(subjectType);
  if (!lent) throw notFound('草案');
  return lent;
}

export function subjectLabel(registry: Registry, subjectType: string): string {
  return registry.subjectTypes.get(subjectType)?.label ?? subjectType;
}
