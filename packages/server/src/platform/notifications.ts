// Notifications: one row per person, written in the same transaction as what they report. A dedupe key makes a
// notification idempotent (a sweep run twice, or an event handled again after a crash, notifies once).
import { randomUUID } from 'node:crypto';
import type { Tx } from './audit/write';

export interface NotificationInput {
  regionCode: string;
  userIds: readonly string[];
  /** e.g. 'deadline.warning', 'deadline.moved' */
  kind: string;
  title: string;
  body?: string;
  subjectType?: string | null;
  subjectId?: string | null;
  link?: string | null;
  /** unique per user and region: the same key never notifies the same person twice */
  dedupeKey?: string | null;
}

/** Notifies each user once; returns how many notifications were created. */
export async function notify(tx: Tx, n: NotificationInput): Promise<number> {
  const users = [...new Set(n.userIds)];
  if (users.length === 0) return 0;
  const rows = await tx
    .insertInto('notifications')
    .values(
      users.map((userId) => ({
        region_code: n.regionCode,
        id: randomUUID(),
        user_id: userId,
        kind: n.kind,
        title: n.title,
        body: n.body ?? '',
        subject_type: n.subjectType ?? null,
        subject_id: n.subjectId ?? null,
        link: n.link ?? null,
        dedupe_key: n.dedupeKey ?? null,
      })),
    )
    .onConflict((oc) => oc.columns(['region_code', 'user_id', 'dedupe_key']).doNothing())
    .returning('id')
    .execute();
  return rows.length;
}
