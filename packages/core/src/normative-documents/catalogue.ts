// 现行有效: which published documents the public catalogue (统一公开查询) lists as in force. A document is in force
// from its registration until it is repealed, lapses, awaits amendment (no longer applied) or its validity period
// ends (国办发〔2018〕37号: 有效期届满自动失效; the daily expiry job records the lapse, this check does not wait
// for it). A published document whose 施行日期 is still ahead is listed: it is published law, in force soon.
import type { DocumentStatus } from './workflow';

export interface CatalogueFacts {
  status: DocumentStatus;
  expiresOn: string | null;
}

/** Statuses a published document can have afterwards: the public may open these, never drafts or withdrawn ones. */
export const publishedStatuses: readonly DocumentStatus[] = ['published', 'amendment_pending', 'repealed', 'lapsed'];

/** Whether the document is currently valid on `today` (YYYY-MM-DD). */
export function isCurrentlyValid(doc: CatalogueFacts, today: string): boolean {
  return doc.status === 'published' && (doc.expiresOn === null || doc.expiresOn >= today);
}
