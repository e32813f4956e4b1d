// Recomputing stored deadlines after the working calendar changed (a newly announced national holiday, a corrected
// notice, a region's local holiday). Each open deadline is computed again from what is stored on it — rule, start,
// pauses, extension, restart — with the calendar as it now stands; a deadline whose due date moved is updated, gets
// a 'deadline.moved' audit event with the previous and new date, and its responsible users are notified.
import { CalendarError, computeDeadline } from '@fazhi/core/calendar';
import { sql } from 'kysely';
import type { Writer } from '../write';
import { chineseDate } from '../display-dates';
import { notifyMany, CONSOLE_HOME } from '../notifications';
import { calendarOf, loadCalendarSnapshot, loadJurisdictionSettings, regionChain } from './calendar-source';
import { deadlineRecipients } from './recipients';
import type { CalendarContext } from './calendar-source';

export interface DeadlineMove {
  deadlineId: string;
  regionCode: string;
  subjectType: string;
  subjectId: string;
  subjectTitle: string;
  link: string | null;
  label: string;
  ruleId: string;
  basis: string;
  responsibleOrgId: string;
  previousDue: string;
  newDue: string;
}

export interface RecomputeScope {
  /** only deadlines in this region's subtree; all regions when omitted */
  regionPath?: string;
  /** why the calendar changed, in a clerk's words: 载入2027年节假日安排 */
  why: string;
  /** the calendar change record, kept in the audit event */
  changeId: string;
}

const batchSize = 500;

/**
 * Recomputes every open deadline in scope inside the caller's write transaction (which has already written and
 * marked the calendar change). Returns the deadlines whose due date moved.
 */
export async function recomputeOpenDeadlines(w: Writer, scope: RecomputeScope): Promise<DeadlineMove[]> {
  const snapshot = await loadCalendarSnapshot(w.tx);
  const contexts = new Map<string, CalendarContext>();
  const contextOf = async (regionCode: string) => {
    let c = contexts.get(regionCode);
    if (!c) {
      c = {
        calendar: calendarOf(snapshot, await regionChain(w.tx, regionCode)),
        settings: await loadJurisdictionSettings(w.tx, regionCode),
      };
      contexts.set(regionCode, c);
    }
    return c;
  };
  const moves: DeadlineMove[] = [];
  let cursor: { region: string; id: string } | null = null;
  for (;;) {
    let q = w.tx
      .selectFrom('deadlines as d')
      .selectAll('d')
      .where('d.status', '=', 'open')
      .orderBy('d.region_code')
      .orderBy('d.id')
      .limit(batchSize)
      .forUpdate();
    if (scope.regionPath) {
      const prefix = scope.regionPath.replace(/[\\%_]/g, (c) => `\\${c}`) + '%';
      q = q.where(sql<boolean>`d.region_code IN (SELECT r.code FROM regions r WHERE r.path LIKE ${prefix})`);
    }
    if (cursor) {
      const c = cursor;
      q = q.where(sql<boolean>`(d.region_code, d.id) > (${c.region}, ${c.id}::uuid)`);
    }
    const rows = await q.execute();
    if (rows.length === 0) break;
    const last = rows[rows.length - 1];
    if (last) cursor = { region: last.region_code, id: last.id };
    for (const d of rows) {
      // a day announced to the public stays as announced
      if (d.announced_due) continue;
      const { calendar, settings } = await contextOf(d.region_code);
      let result;
      try {
        result = computeDeadline(calendar, d.rule_id, {
          from: d.start_on,
          pauses: d.pauses,
          extended: d.extended,
          ...(d.restart_from ? { restartFrom: d.restart_from } : {}),
          settings,
        });
      } catch (e) {
        // A deadline that can no longer be computed (e.g. a rule retired from the catalogue) keeps its stored date.
        if (e instanceof CalendarError) continue;
        throw e;
      }
      const explanationChanged = JSON.stringify(result.explanation) !== JSON.stringify(d.explanation);
      const moved = result.due !== d.due_on;
      if (!moved && !explanationChanged && result.provisional === d.provisional) continue;
      await w.tx
        .updateTable('deadlines')
        .set({
          due_on: result.due,
          provisional: result.provisional,
          explanation: JSON.stringify(result.explanation),
          updated_at: w.clock.now(),
          // A moved due date starts its warnings afresh: the next sweep sets the level for the new date.
          ...(moved ? { warning_level: 'none' as const, warned_at: null } : {}),
        })
        .where('region_code', '=', d.region_code)
        .where('id', '=', d.id)
        .execute();
      if (!moved) {
        await w.audit({
          regionCode: d.region_code,
          action: 'deadline.recomputed',
          subjectType: d.subject_type,
          subjectId: d.subject_id,
          summary: `${d.label}期限仍为 ${d.due_on}，${scope.why}后更新计算说明${result.provisional ? '' : '（不再是暂定期限）'}`,
          changes: { kind: d.kind, due: d.due_on, provisional: result.provisional, calendarChange: scope.changeId },
        });
        continue;
      }
      const move: DeadlineMove = {
        deadlineId: d.id,
        regionCode: d.region_code,
        subjectType: d.subject_type,
        subjectId: d.subject_id,
        subjectTitle: d.subject_title,
        link: d.link,
        label: d.label,
        ruleId: d.rule_id,
        basis: d.basis,
        responsibleOrgId: d.responsible_org_id,
        previousDue: d.due_on,
        newDue: result.due,
      };
      moves.push(move);
      await w.audit({
        regionCode: d.region_code,
        action: 'deadline.moved',
        subjectType: d.subject_type,
        subjectId: d.subject_id,
        summary: `${d.subject_title}的${d.label}期限由 ${d.due_on} 调整为 ${result.due}（${scope.why}）`,
        changes: {
          kind: d.kind,
          rule: d.rule_id,
          previousDue: d.due_on,
          newDue: result.due,
          why: scope.why,
          calendarChange: scope.changeId,
        },
      });
      await notifyMany(w.tx, {
        regionCode: d.region_code,
        userIds: await deadlineRecipients(w.tx, d),
        kind: 'deadline.moved',
        title: `期限调整：${d.subject_title}的${d.label}期限调整为 ${result.due}`,
        body: `因${scope.why}，${d.label}期限由 ${chineseDate(d.due_on)} 调整为 ${chineseDate(result.due)}。依据：${d.basis}。`,
        subjectType: d.subject_type,
        subjectId: d.subject_id,
        // a deadline without a page of its own is on the workbench's list
        link: d.link ?? CONSOLE_HOME,
        dedupeKey: `deadline.moved:${d.id}:${scope.changeId}`,
      });
    }
    if (rows.length < batchSize) break;
  }
  return moves;
}
