// What every calendar change does after writing the calendar data, in the same write transaction: mark the
// calendar changed (so every server process rebuilds its calendars), recompute the open deadlines it can affect,
// and record the change with the deadlines it moved and its own audit event.
import { randomUUID } from 'node:crypto';
import { markCalendarChanged, recomputeOpenDeadlines } from '../../../platform/deadlines';
import { PLATFORM_REGION } from '../../../platform/audit/chain';
import { sql } from 'kysely';
import type { Tx, Writer } from '../../../platform/write';
import type { CalendarChangeKind } from '../tables';

export interface CalendarChangeSummary {
  id: string;
  at: string;
  actorName: string | null;
  summary: string;
  movedCount: number;
}

export interface ChangeInput {
  kind: CalendarChangeKind;
  /** the region of a local holiday; null for a national year (affects every region) */
  region: { code: string; path: string } | null;
  year?: number;
  localHolidayId?: string;
  /** what changed, e.g. 载入2027年节假日安排（国务院办公厅关于2027年部分节假日安排的通知） */
  what: string;
  /** the same in the words a moved deadline's notice uses: 2027年节假日安排载入 */
  why: string;
  /** the data before and after, for the audit event */
  changes: Record<string, unknown>;
}

export const changeAuditActions = {
  year_loaded: 'calendar.year_loaded',
  year_corrected: 'calendar.year_corrected',
  local_holiday_added: 'calendar.local_holiday_added',
  local_holiday_removed: 'calendar.local_holiday_removed',
} satisfies Record<CalendarChangeKind, string>;

/** One calendar change at a time across all servers: held until the transaction ends. */
export async function lockCalendarChanges(tx: Tx): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended('calendar:change', 0))`.execute(tx);
}

export async function recordCalendarChange(w: Writer, input: ChangeInput): Promise<CalendarChangeSummary> {
  const id = randomUUID();
  await markCalendarChanged(w.tx);
  const moves = await recomputeOpenDeadlines(w, {
    ...(input.region ? { regionPath: input.region.path } : {}),
    why: input.why,
    changeId: id,
  });
  const summary = `${input.what}；${moves.length ? `${moves.length}个未办结期限随之调整` : '未调整已设定的期限'}`;
  const regionCode = input.region?.code ?? PLATFORM_REGION;
  const actorName = w.ctx.actor?.displayName ?? null;
  const at = w.clock.now();
  await w.tx
    .insertInto('calendar_changes')
    .values({
      region_code: regionCode,
      id,
      at,
      actor_user_id: w.ctx.actor?.userId ?? null,
      actor_name: actorName,
      kind: input.kind,
      year: input.year ?? null,
      local_holiday_id: input.localHolidayId ?? null,
      summary,
      moved_count: moves.length,
    })
    .execute();
  for (let i = 0; i < moves.length; i += 500) {
    await w.tx
      .insertInto('calendar_change_moves')
      .values(
        moves.slice(i, i + 500).map((m) => ({
          region_code: m.regionCode,
          change_id: id,
          deadline_id: m.deadlineId,
          subject_type: m.subjectType,
          subject_id: m.subjectId,
          subject_title: m.subjectTitle,
          link: m.link,
          label: m.label,
          rule_id: m.ruleId,
          basis: m.basis,
          responsible_org_id: m.responsibleOrgId,
          previous_due: m.previousDue,
          new_due: m.newDue,
          why: input.why,
        })),
      )
      .execute();
  }
  await w.audit({
    regionCode: input.region?.code ?? null,
    action: changeAuditActions[input.kind],
    subjectType: 'calendar',
    subjectId: input.localHolidayId ?? (input.year !== undefined ? String(input.year) : null),
    summary,
    changes: {
      ...input.changes,
      calendarChange: id,
      moved: moves.map((m) => ({ deadline: m.deadlineId, previousDue: m.previousDue, newDue: m.newDue })),
    },
  });
  return { id, at: at.toISOString(), actorName, summary, movedCount: moves.length };
}
