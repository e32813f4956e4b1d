// 现行有效: which published documents the public catalogue (统一公开查询) lists as in force. A document is in force
// from its 施行日期 until it is repealed, lapses, awaits amendment (no longer applied) or its validity period
// ends (国办发〔2018〕37号: 有效期届满自动失效; the daily expiry job records the lapse, this check does not wait
// for it). A published document whose 施行日期 is still ahead is published law but not yet in force: it is listed
// as 已公布、尚未施行 until that day — derived from today, never stored, so no job has to flip it.
import { documentStatusLabels, documentStatuses, type DocumentStatus } from './workflow';

export interface CatalogueFacts {
  status: DocumentStatus;
  /** 施行日期 (null: in force from publication) */
  effectiveOn?: string | null;
  expiresOn: string | null;
}

/** Statuses a published document can have afterwards: the public may open these, never drafts or withdrawn ones. */
export const publishedStatuses: readonly DocumentStatus[] = ['published', 'amendment_pending', 'repealed', 'lapsed'];

/** The status a user is shown: the stored one, except a published document before its 施行日期 or past its term. */
export const shownStatuses = [...documentStatuses, 'not_yet_effective', 'expired'] as const;
export type ShownStatus = (typeof shownStatuses)[number];
export const shownStatusLabels = {
  ...documentStatusLabels,
  not_yet_effective: '已公布、尚未施行',
  expired: '已失效（有效期届满）',
} as const satisfies Record<ShownStatus, string>;

/** The status shown on `today` (YYYY-MM-DD), from the stored status, 施行日期 and 有效期至. */
export function shownStatus(doc: CatalogueFacts, today: string): ShownStatus {
  if (doc.status !== 'published') return doc.status;
  if (doc.expiresOn !== null && doc.expiresOn < today) return 'expired';
  if (doc.effectiveOn && doc.effectiveOn > today) return 'not_yet_effective';
  return 'published';
}

/** Whether the document is currently in force on `today` (YYYY-MM-DD). */
export function isCurrentlyValid(doc: CatalogueFacts, today: string): boolean {
  return shownStatus(doc, today) === 'published';
}
