// Notifications to a person (站内消息): created inside the write transaction of the act they report, or by an event
// handler after commit. A dedupe key makes creation idempotent — the same key for the same user creates one
// notification however often the transaction or the handler runs (handlers may run again after a crash). This is
// the only code that writes the notifications table: a module notifies through it, with a kind its manifest declares
// (with the Chinese label the inbox shows), a sentence to read and the console page that opens the matter.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../db/connection';
import type { Tx } from '../audit/write';
import { PLATFORM_REGION } from '../audit/chain';
import { assertDeclared } from '../modules/catalogue';

/** The console's home (the workbench): the link of a notification whose matter has no page of its own. */
export const CONSOLE_HOME = '/console';
/** Where a person changes their own password (the link of notifications about their account). */
export const OWN_PASSWORD_PAGE = '/console/password';

export interface NotificationInput {
  userId: string;
  /** a kind declared in a module manifest's notificationKinds, e.g. 'user.roles_changed' */
  kind: string;
  title: string;
  /** one or two sentences in Chinese saying what happened and what to do — never a bare path */
  body: string;
  subjectType?: string | null;
  subjectId?: string | null;
  /** one notification per user and key; omit only for notifications that may legitimately repeat */
  dedupeKey?: string | null;
  /** console path that opens the subject, e.g. /console/normative-documents/<id>; the inbox shows the title as a
   * link to it */
  link: string;
  /** defaults to the user's home region (the platform region for platform accounts) */
  regionCode?: string | null;
}

/** Creates the notification unless one with the same dedupe key exists; returns whether it was created. */
export async function notify(db: Tx | Db, input: NotificationInput): Promise<boolean> {
  assertDeclared('notificationKinds', input.kind);
  let region = input.regionCode ?? null;
  if (!region) {
    const u = await db.selectFrom('users').select('home_region_code').where('id', '=', input.userId).executeTakeFirst();
    region = u?.home_region_code ?? PLATFORM_REGION;
  }
  const rows = await db
    .insertInto('notifications')
    .values({
      region_code: region,
      id: randomUUID(),
      user_id: input.userId,
      kind: input.kind,
      title: input.title.slice(0, 200),
      body: input.body.slice(0, 2000),
      subject_type: input.subjectType ?? null,
      subject_id: input.subjectId ?? null,
      link: input.link,
      dedupe_key: input.dedupeKey ?? null,
    })
    .onConflict((oc) => oc.columns(['region_code', 'user_id', 'dedupe_key']).doNothing())
    .returning('id')
    .execute();
  return rows.length > 0;
}

/** Notifies several people of the same thing, each once per dedupe key; returns how many were created. */
export async function notifyMany(
  db: Tx | Db,
  input: Omit<NotificationInput, 'userId' | 'regionCode'> & { regionCode: string; userIds: readonly string[] },
): Promise<number> {
  const { userIds, ...rest } = input;
  let created = 0;
  for (const userId of new Set(userIds)) if (await notify(db, { ...rest, userId })) created += 1;
  return created;
}

/** Unread notifications of a user (for the console's badge). */
export async function unreadCount(db: Db, userId: string): Promise<number> {
  const r = await db
    .selectFrom('notifications')
    .select(sql<string>`count(*)`.as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}
