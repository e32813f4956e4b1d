// The one platform service through which modules set, change and close the statutory deadlines of their records.
// A module never computes a due date itself: it names the statute rule and the start, and this service asks the
// calendar engine (core) and stores the result with its explanation on the record ("why this date").
import { randomUUID } from 'node:crypto';
import {
  CalendarError,
  computeDeadline,
  type DeadlineBound,
  type IsoDate,
  type Pause,
  type WarningLevel,
} from '@fazhi/core/calendar';
import { invalid } from '../errors';
import type { Db } from '../db/connection';
import type { Writer, Tx } from '../write';
import type { DeadlineStatus } from './tables';
import { loadCalendarContext } from './calendar-source';
import { floorOf, levelContext, levelOf, type LevelContext } from './levels';

export interface DeadlineSpec {
  regionCode: string;
  subjectType: string;
  subjectId: string;
  /** what the deadline is for on this record, unique per record: 'filing', 'legality-review' */
  kind: string;
  /** a clerk's name for it: 报送备案 */
  label: string;
  /** the record as a clerk names it, e.g. 《示范区促进就业若干措施》 */
  subjectTitle: string;
  /** console path that opens the record, e.g. /console/normative-documents/<id> */
  link?: string | null;
  ruleId: string;
  from: IsoDate;
  pauses?: readonly Pause[];
  extended?: boolean;
  restartFrom?: IsoDate | null;
  responsibleOrgId: string;
  responsibleUserId?: string | null;
  /**
   * The last day announced to the public within the rule (a comment period's closing day): it becomes the due
   * date, the engine's statutory date stays in the explanation, and a calendar change does not move it.
   */
  announcedDue?: IsoDate | null;
  /**
   * 'floor' where the rule sets a shortest time (一般不少于…): the computed day is the earliest the act may come,
   * owed until then and met from then on, never overdue (core `DeadlineBound`); 'due' otherwise.
   */
  bound?: DeadlineBound;
  /**
   * The length a module's own region setting gives an overridable rule (a term of validity: core `validity`), with
   * the setting cited as the basis; it takes the place of a `deadline.rule.<id>.amount` row for this record.
   */
  regionAmount?: { amount: number; source: string } | null;
}

export interface StoredDeadline {
  id: string;
  kind: string;
  label: string;
  subjectTitle: string;
  ruleId: string;
  basis: string;
  from: string;
  due: string;
  provisional: boolean;
  extended: boolean;
  explanation: string[];
  status: DeadlineStatus;
  warningLevel: WarningLevel;
  bound: DeadlineBound;
  /** a floor not yet reached: the working days still owed before it (null otherwise) */
  owedWorkingDays: number | null;
}

function toRuleError(e: unknown): never {
  if (e instanceof CalendarError) throw invalid('DEADLINE_RULE_INVALID', `期限计算失败：${e.message}`);
  throw e;
}

/** Computes the deadline with the region's calendar and settings. */
export async function computeFor(tx: Db | Tx, spec: DeadlineSpec) {
  const { calendar, settings } = await loadCalendarContext(tx, spec.regionCode);
  try {
    return computeDeadline(calendar, spec.ruleId, {
      from: spec.from,
      pauses: spec.pauses ?? [],
      extended: spec.extended ?? false,
      ...(spec.restartFrom ? { restartFrom: spec.restartFrom } : {}),
      settings: spec.regionAmount
        ? { ...settings, ruleOverrides: { ...settings.ruleOverrides, [spec.ruleId]: spec.regionAmount } }
        : settings,
    });
  } catch (e) {
    return toRuleError(e);
  }
}

/**
 * Sets (or resets) the deadline of one kind on a record, inside the caller's write transaction, and records it in
 * the audit trail. Setting it again (a pause, an extension, a restart) recomputes it and clears the warning.
 */
export async function setDeadline(w: Writer, spec: DeadlineSpec): Promise<StoredDeadline> {
  const computed = await computeFor(w.tx, spec);
  const result = spec.announcedDue
    ? {
        ...computed,
        due: spec.announcedDue,
        explanation: [
          ...computed.explanation,
          `公告的截止日期为 ${spec.announcedDue}（依${computed.basis}计算的期限为 ${computed.due}）`,
        ],
      }
    : spec.bound === 'floor'
      ? {
          ...computed,
          explanation: [
            ...computed.explanation,
            `${computed.basis}规定的是最短时间：不早于 ${computed.due}，此前尚未届满，自该日起即已满足，不计逾期`,
          ],
        }
      : computed;
  const bound = spec.bound ?? 'due';
  const existing = await w.tx
    .selectFrom('deadlines')
    .select(['id', 'due_on'])
    .where('region_code', '=', spec.regionCode)
    .where('subject_type', '=', spec.subjectType)
    .where('subject_id', '=', spec.subjectId)
    .where('kind', '=', spec.kind)
    .executeTakeFirst();
  const id = existing?.id ?? randomUUID();
  const values = {
    label: spec.label,
    subject_title: spec.subjectTitle,
    link: spec.link ?? null,
    rule_id: result.rule,
    basis: result.basis,
    start_on: spec.from,
    restart_from: spec.restartFrom ?? null,
    pauses: JSON.stringify(spec.pauses ?? []),
    extended: result.extended,
    due_on: result.due,
    announced_due: spec.announcedDue ?? null,
    bound,
    provisional: result.provisional,
    explanation: JSON.stringify(result.explanation),
    responsible_org_id: spec.responsibleOrgId,
    responsible_user_id: spec.responsibleUserId ?? null,
    status: 'open' as const,
    closed_on: null,
    warning_level: 'none' as const,
    warned_at: null,
    updated_at: w.clock.now(),
  };
  if (existing) {
    await w.tx
      .updateTable('deadlines')
      .set(values)
      .where('region_code', '=', spec.regionCode)
      .where('id', '=', id)
      .execute();
  } else {
    await w.tx
      .insertInto('deadlines')
      .values({
        region_code: spec.regionCode,
        id,
        subject_type: spec.subjectType,
        subject_id: spec.subjectId,
        kind: spec.kind,
        ...values,
      })
      .execute();
  }
  await w.audit({
    regionCode: spec.regionCode,
    action: existing ? 'deadline.recomputed' : 'deadline.set',
    subjectType: spec.subjectType,
    subjectId: spec.subjectId,
    summary: `${spec.label}期限${existing ? '重新计算' : '设定'}为${bound === 'floor' ? '不早于' : ''} ${result.due}（${result.basis}）`,
    changes: {
      kind: spec.kind,
      rule: result.rule,
      from: spec.from,
      due: result.due,
      previousDue: existing?.due_on ?? null,
    },
  });
  return {
    id,
    kind: spec.kind,
    label: spec.label,
    subjectTitle: spec.subjectTitle,
    ruleId: result.rule,
    basis: result.basis,
    from: result.from,
    due: result.due,
    provisional: result.provisional,
    extended: result.extended,
    explanation: result.explanation,
    status: 'open',
    warningLevel: 'none',
    bound,
    owedWorkingDays: null,
  };
}

/**
 * Closes a record's open deadline of one kind when the act it governs is done (or no longer due): 'met' when done
 * on or before the due date, 'missed' when late, 'cancelled' when the act is no longer required. A floor is the
 * other way round: 'met' when done on or after its day, 'missed' when done before it (the shortest time not given).
 */
export async function closeDeadline(
  w: Writer,
  where: { regionCode: string; subjectType: string; subjectId: string; kind: string },
  on: IsoDate,
  cancelled = false,
): Promise<{ status: DeadlineStatus; due: string } | null> {
  const row = await w.tx
    .selectFrom('deadlines')
    .select(['id', 'due_on', 'label', 'bound'])
    .where('region_code', '=', where.regionCode)
    .where('subject_type', '=', where.subjectType)
    .where('subject_id', '=', where.subjectId)
    .where('kind', '=', where.kind)
    // a deadline held by its case's pause closes too (a case ended while its clock stood)
    .where('status', 'in', ['open', 'paused'])
    .executeTakeFirst();
  if (!row) return null;
  // ISO dates compare as strings; an 'hours' deadline stores a date-time whose date part decides.
  const day = row.due_on.slice(0, 10);
  const kept = row.bound === 'floor' ? on >= day : on <= day;
  const status: DeadlineStatus = cancelled ? 'cancelled' : kept ? 'met' : 'missed';
  await w.tx
    .updateTable('deadlines')
    .set({ status, closed_on: on, updated_at: w.clock.now() })
    .where('region_code', '=', where.regionCode)
    .where('id', '=', row.id)
    .execute();
  await w.audit({
    regionCode: where.regionCode,
    action: 'deadline.closed',
    subjectType: where.subjectType,
    subjectId: where.subjectId,
    summary: `${row.label}期限办结：${
      row.bound === 'floor'
        ? { met: '已满最短时间', missed: '未满最短时间', cancelled: '撤销', open: '', paused: '' }[status]
        : { met: '按期', missed: '逾期', cancelled: '撤销', open: '', paused: '' }[status]
    }（期限${row.bound === 'floor' ? '不早于' : ''} ${row.due_on}，办结 ${on}）`,
    changes: { kind: where.kind, due: row.due_on, closedOn: on, status },
  });
  return { status, due: row.due_on };
}

/**
 * A stored deadline's status and level as a page shows them on `levels.today`: an open floor is met from its day on
 * (shown so, though only its act closes the row) and owes working days before it, never with a warning.
 */
function shownStanding(
  levels: LevelContext,
  r: { status: DeadlineStatus; region_code: string; due_on: string; bound: DeadlineBound },
): Pick<StoredDeadline, 'status' | 'warningLevel' | 'bound' | 'owedWorkingDays'> {
  if (r.status !== 'open') return { status: r.status, warningLevel: 'none', bound: r.bound, owedWorkingDays: null };
  if (r.bound === 'floor') {
    const floor = floorOf(levels, r.region_code, r.due_on);
    return {
      status: floor.met ? 'met' : 'open',
      warningLevel: 'none',
      bound: 'floor',
      owedWorkingDays: floor.met ? null : floor.owedWorkingDays,
    };
  }
  return {
    status: 'open',
    warningLevel: levelOf(levels, r.region_code, r.due_on),
    bound: 'due',
    owedWorkingDays: null,
  };
}

/**
 * The deadlines stored on one record, for its detail page, each open one with its warning level as of `today`
 * (derived from the due date, never the sweep's stored column).
 */
export async function deadlinesOf(
  tx: Db | Tx,
  regionCode: string,
  subjectType: string,
  subjectId: string,
  today: IsoDate,
) {
  const rows = await tx
    .selectFrom('deadlines')
    .selectAll()
    .where('region_code', '=', regionCode)
    .where('subject_type', '=', subjectType)
    .where('subject_id', '=', subjectId)
    .orderBy('created_at')
    .execute();
  const levels = await levelContext(tx, today, [regionCode]);
  return rows.map((r): StoredDeadline => ({
    id: r.id,
    kind: r.kind,
    label: r.label,
    subjectTitle: r.subject_title,
    ruleId: r.rule_id,
    basis: r.basis,
    from: r.restart_from ?? r.start_on,
    due: r.due_on,
    provisional: r.provisional,
    extended: r.extended,
    explanation: r.explanation,
    ...shownStanding(levels, r),
  }));
}

/**
 * Holds a record's open deadline of one kind while its clock stops (a case's 补正 or 中止, platform/cases): it leaves
 * the workbench and the warning sweep, which read open deadlines only, until `setDeadline` counts it again with the
 * pause among its pauses. A deadline already closed, or not pausable by its rule, is left as it is (null).
 */
export async function holdDeadline(
  w: Writer,
  where: { regionCode: string; subjectType: string; subjectId: string; kind: string },
  from: IsoDate,
  reason: string,
): Promise<{ due: string } | null> {
  const row = await w.tx
    .selectFrom('deadlines')
    .select(['id', 'due_on', 'label'])
    .where('region_code', '=', where.regionCode)
    .where('subject_type', '=', where.subjectType)
    .where('subject_id', '=', where.subjectId)
    .where('kind', '=', where.kind)
    .where('status', '=', 'open')
    .executeTakeFirst();
  if (!row) return null;
  await w.tx
    .updateTable('deadlines')
    .set({ status: 'paused', warning_level: 'none', warned_at: null, updated_at: w.clock.now() })
    .where('region_code', '=', where.regionCode)
    .where('id', '=', row.id)
    .execute();
  await w.audit({
    regionCode: where.regionCode,
    action: 'deadline.paused',
    subjectType: where.subjectType,
    subjectId: where.subjectId,
    summary: `${row.label}期限自 ${from} 起暂停计算（${reason}）`,
    changes: { kind: where.kind, due: row.due_on, from, reason },
  });
  return { due: row.due_on };
}
