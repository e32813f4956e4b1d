// 审计日志 (server modules/audit): the events a user may read, one event's detail, the vocabulary of the filters and
// the verification of the keyed SM3 chains and the sub-chains their seals cover.
import { z } from 'zod';
import { choice, isoInstant, pageOf } from '../platform/common';

export const auditRow = z.object({
  regionCode: z.string(),
  seq: z.number(),
  /** an event of a bulk write's sub-chain: its place in the sub-chain the event `seq` seals; null for a chain event */
  batchSeq: z.number().nullable(),
  id: z.string(),
  occurredAt: isoInstant,
  actor: z.string().nullable(),
  actorOrgId: z.string().nullable(),
  action: z.string(),
  actionLabel: z.string(),
  subjectType: z.string().nullable(),
  /** the kind of record's Chinese name, as its module declares it */
  subjectTypeLabel: z.string().nullable(),
  subjectId: z.string().nullable(),
  summary: z.string(),
  ip: z.string().nullable(),
});
export type AuditRow = z.infer<typeof auditRow>;
export const auditPage = pageOf(auditRow);

export const auditDetail = auditRow.extend({
  actorUserId: z.string().nullable(),
  /** 姓名（用户名） of the operator; null for the system */
  actorName: z.string().nullable(),
  /** the record's name (a user's name, a document's title) when its module can name it */
  subjectName: z.string().nullable(),
  /** what the act changed, as the module recorded it */
  changes: z.unknown(),
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditDetail = z.infer<typeof auditDetail>;

/** The audit log's kinds of event and of record with their Chinese names, for the filters. */
export const auditVocabulary = z.object({ actions: z.array(choice), subjectTypes: z.array(choice) });
export type AuditVocabulary = z.infer<typeof auditVocabulary>;

export const auditVerification = z.object({
  ok: z.boolean(),
  regions: z.number(),
  events: z.number(),
  problems: z.array(
    z.object({
      regionCode: z.string(),
      seq: z.string(),
      eventId: z.string().nullable(),
      reason: z.string(),
    }),
  ),
  /** the checkpoint in the server's data directory the chains were compared with; null when there is none */
  checkpoint: z.object({ writtenAt: z.string(), keyId: z.string().nullable() }).nullable(),
});
export type AuditVerification = z.infer<typeof auditVerification>;
