// A case's clock: its steps' statutory periods are the deadline service's (platform/deadlines), named by the
// module's statute rule and stored with their explanation; here they stop for a time the law does not count (a
// 补正, a 中止, a third party's time) and run again — around the pause, or anew from its end —, and are extended
// with the approval the law asks (第六十二条: 经行政复议机构负责人批准). The pauses are the case's own rows, so each
// recomputation counts every closed pause of the case.
import { randomUUID } from 'node:crypto';
import { closedPauses, pauseEndProblem, type CasePause } from '@fazhi/core/cases';
import type { IsoDate } from '@fazhi/core/calendar';
import { conflict, invalid } from '../errors';
import { closeDeadline, holdDeadline, setDeadline, type StoredDeadline } from '../deadlines';
import type { Db } from '../db/connection';
import type { Services } from '../services';
import type { Tx, Writer } from '../write';
import { lentCase, type CaseRef } from './kinds';

async function pausesOf(db: Db | Tx, ref: CaseRef): Promise<(CasePause & { id: string; heldKinds: string[] })[]> {
  const rows = await db
    .selectFrom('case_pauses')
    .select(['id', 'cause', 'reason', 'from_on', 'to_on', 'held_kinds'])
    .where('region_code', '=', ref.regionCode)
    .where('case_type', '=', ref.caseType)
    .where('case_id', '=', ref.caseId)
    .orderBy('from_on')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    cause: r.cause,
    reason: r.reason,
    from: r.from_on,
    to: r.to_on,
    heldKinds: r.held_kinds,
  }));
}

/** The pause running now, if any. */
export async function openCasePause(db: Db | Tx, ref: CaseRef) {
  return (await pausesOf(db, ref)).find((p) => p.to === null) ?? null;
}

/** Counts one stored deadline of the case again with the case's closed pauses (or a new start). */
async function recount(
  w: Writer,
  ref: CaseRef,
  kind: string,
  change: { restartFrom?: IsoDate; extended?: boolean; ruleId?: string },
): Promise<StoredDeadline | null> {
  const row = await w.tx
    .selectFrom('deadlines')
    .selectAll()
    .where('region_code', '=', ref.regionCode)
    .where('subject_type', '=', ref.caseType)
    .where('subject_id', '=', ref.caseId)
    .where('kind', '=', kind)
    .executeTakeFirst();
  if (!row || !['open', 'paused'].includes(row.status)) return null;
  const restartFrom = change.restartFrom ?? row.restart_from;
  // only the pauses that held this deadline count for it; a restart runs the whole period anew, so the pauses
  // before it no longer touch it
  const held = (await pausesOf(w.tx, ref)).filter((p) => p.heldKinds.includes(kind));
  const pauses = closedPauses(held).filter((p) => !restartFrom || p.from >= restartFrom);
  return setDeadline(w, {
    regionCode: ref.regionCode,
    subjectType: ref.caseType,
    subjectId: ref.caseId,
    kind,
    label: row.label,
    subjectTitle: row.subject_title,
    link: row.link,
    ruleId: change.ruleId ?? row.rule_id,
    from: row.start_on,
    restartFrom,
    pauses: change.restartFrom ? [] : pauses,
    extended: change.extended ?? row.extended,
    responsibleOrgId: row.responsible_org_id,
    responsibleUserId: row.responsible_user_id,
  });
}

/** Stops the case's clock from `from` for a cause its kind declares: the deadlines the cause holds are held. */
export async function pauseCaseOn(
  services: Services,
  w: Writer,
  ref: CaseRef,
  input: { cause: string; reason: string; from: IsoDate },
): Promise<{ pauseId: string; held: string[] }> {
  const cause = lentCase(services.registry, ref.caseType).pauseCauses[input.cause];
  if (!cause)
    throw invalid('PAUSE_CAUSE_UNKNOWN', '暂停计算期限的事由不正确', [{ path: 'cause', message: '事由不正确' }]);
  if (await openCasePause(w.tx, ref)) throw conflict('CASE_ALREADY_PAUSED', '该案件的期限已经暂停计算，请先恢复计算');
  const held: string[] = [];
  for (const kind of cause.holds)
    if (
      await holdDeadline(w, { ...ref, subjectType: ref.caseType, subjectId: ref.caseId, kind }, input.from, cause.label)
    )
      held.push(kind);
  const pauseId = randomUUID();
  await w.tx
    .insertInto('case_pauses')
    .values({
      region_code: ref.regionCode,
      id: pauseId,
      case_type: ref.caseType,
      case_id: ref.caseId,
      cause: input.cause,
      reason: input.reason,
      from_on: input.from,
      to_on: null,
      held_kinds: JSON.stringify(held),
    })
    .execute();
  await w.audit({
    regionCode: ref.regionCode,
    action: `${ref.caseType}.clock_paused`,
    subjectType: ref.caseType,
    subjectId: ref.caseId,
    summary: `${cause.label}：期限自 ${input.from} 起暂停计算（${cause.basis}）`,
    changes: { pauseId, cause: input.cause, from: input.from, held },
  });
  return { pauseId, held };
}

/**
 * Ends the running pause on `to` (the last day not counted): its deadlines run again, around the pause or anew from
 * the day after it, as its cause says.
 */
export async function resumeCaseOn(
  services: Services,
  w: Writer,
  ref: CaseRef,
  to: IsoDate,
): Promise<StoredDeadline[]> {
  const pause = await openCasePause(w.tx, ref);
  if (!pause) throw conflict('CASE_NOT_PAUSED', '该案件的期限没有暂停计算');
  const problem = pauseEndProblem(pause, to);
  if (problem) throw invalid('PAUSE_END_INVALID', problem, [{ path: 'resumedOn', message: problem }]);
  const cause = lentCase(services.registry, ref.caseType).pauseCauses[pause.cause];
  await w.tx
    .updateTable('case_pauses')
    .set({ to_on: to })
    .where('region_code', '=', ref.regionCode)
    .where('id', '=', pause.id)
    .execute();
  const recounted: StoredDeadline[] = [];
  for (const kind of pause.heldKinds) {
    const d = await recount(w, ref, kind, cause?.after === 'restart' ? { restartFrom: to } : {});
    if (d) recounted.push(d);
  }
  await w.audit({
    regionCode: ref.regionCode,
    action: `${ref.caseType}.clock_resumed`,
    subjectType: ref.caseType,
    subjectId: ref.caseId,
    summary: `${cause?.label ?? pause.cause}结束（${pause.from} 至 ${to}），期限${
      cause?.after === 'restart' ? '重新起算' : '恢复计算'
    }`,
    changes: { pauseId: pause.id, to, deadlines: recounted.map((d) => ({ kind: d.kind, due: d.due })) },
  });
  return recounted;
}

/** Extends a step's period by its rule's extension, with the approval the law asks recorded in the audit trail. */
export async function extendCaseStepOn(
  w: Writer,
  ref: CaseRef,
  kind: string,
  approval: { approvedBy: string; approvedOn: IsoDate; reason: string },
): Promise<StoredDeadline> {
  const row = await w.tx
    .selectFrom('deadlines')
    .select(['extended', 'status'])
    .where('region_code', '=', ref.regionCode)
    .where('subject_type', '=', ref.caseType)
    .where('subject_id', '=', ref.caseId)
    .where('kind', '=', kind)
    .executeTakeFirst();
  if (!row || row.status !== 'open') throw conflict('STEP_NOT_OPEN', '该期限未在计算中，不能延长');
  if (row.extended) throw conflict('STEP_ALREADY_EXTENDED', '该期限已经延长过');
  const d = await recount(w, ref, kind, { extended: true });
  if (!d) throw conflict('STEP_NOT_OPEN', '该期限未在计算中，不能延长');
  await w.audit({
    regionCode: ref.regionCode,
    action: `${ref.caseType}.step_extended`,
    subjectType: ref.caseType,
    subjectId: ref.caseId,
    summary: `${d.label}期限经${approval.approvedBy}批准延长至 ${d.due}：${approval.reason}`,
    changes: { kind, due: d.due, ...approval },
  });
  return d;
}

/** The pauses of a case, for its page. */
export async function casePausesOf(db: Db | Tx, ref: CaseRef) {
  return (await pausesOf(db, ref)).map(({ cause, reason, from, to }) => ({ cause, reason, from, to }));
}

/**
 * Ends the case's clock on `on` (the case ended: withdrawn, terminated, decided): a running pause ends that day and
 * every deadline still open or held closes — 'cancelled', since its act is no longer owed.
 */
export async function endCaseClockOn(w: Writer, ref: CaseRef, on: IsoDate): Promise<void> {
  await w.tx
    .updateTable('case_pauses')
    .set({ to_on: on })
    .where('region_code', '=', ref.regionCode)
    .where('case_type', '=', ref.caseType)
    .where('case_id', '=', ref.caseId)
    .where('to_on', 'is', null)
    .execute();
  const rows = await w.tx
    .selectFrom('deadlines')
    .select('kind')
    .where('region_code', '=', ref.regionCode)
    .where('subject_type', '=', ref.caseType)
    .where('subject_id', '=', ref.caseId)
    .where('status', 'in', ['open', 'paused'])
    .execute();
  for (const { kind } of rows)
    await closeDeadline(
      w,
      { regionCode: ref.regionCode, subjectType: ref.caseType, subjectId: ref.caseId, kind },
      on,
      true,
    );
}

/**
 * Counts a step's period under another rule from the same start, with the case's pauses (a procedure changed on the
 * way, e.g. 行政复议法 第五十五条: 简易程序 converted to 普通程序): the deadlines not open or held are left as they are.
 */
export async function reruleCaseStepOn(w: Writer, ref: CaseRef, kind: string, ruleId: string) {
  return recount(w, ref, kind, { ruleId, extended: false });
}
