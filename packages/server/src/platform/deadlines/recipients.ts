// Who is told about a deadline (a warning level reached, a due date moved by a calendar change).
//
// The rule: the responsible user when the deadline names one; otherwise every active user who holds a role
// assignment at the responsible unit itself, except the three separated administrator duties (system_admin,
// security_admin, auditor — 等保2.0 三级 separation of duties: they administer the system and do not handle the
// unit's records). Users whose assignment sits higher up (a leader with a region-wide view) see the deadline on
// their workbench but are not notified of every unit's deadlines.
import { sql } from 'kysely';
import type { Db } from '../db/connection';
import type { Tx } from '../audit/write';

const administratorRoles = ['system_admin', 'security_admin', 'auditor'];

export async function deadlineRecipients(
  db: Db | Tx,
  d: { responsible_user_id: string | null; responsible_org_id: string },
): Promise<string[]> {
  if (d.responsible_user_id) {
    const user = await db
      .selectFrom('users')
      .select('id')
      .where('id', '=', d.responsible_user_id)
      .where('disabled_at', 'is', null)
      .executeTakeFirst();
    if (user) return [user.id];
  }
  const rows = await db
    .selectFrom('role_assignments as ra')
    .innerJoin('users as u', 'u.id', 'ra.user_id')
    .select(sql<string>`DISTINCT u.id`.as('id'))
    .where('ra.org_id', '=', d.responsible_org_id)
    .where('ra.role', 'not in', administratorRoles)
    .where('u.disabled_at', 'is', null)
    .execute();
  return rows.map((r) => r.id);
}
