// 中止 (第三十九条): the hearing stops for one of the ten grounds, and with it the decision's clock (中止期间不计入
// 审理期限: platform/cases cause 'suspension', rule reconsideration.decision pausable); 恢复 counts it on around the
// suspension.
import { suspensionGroundLabels, type SuspensionGround } from '@fazhi/core/reconsideration';
import { actDate } from '../../../../platform/act-date';
import { pauseCaseOn, resumeCaseOn } from '../../../../platform/cases/clock';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { caseForAct, caseRef, recordCaseAct } from '../../workflow';

export async function suspendCase(
  services: Services,
  ctx: WriteContext,
  id: string,
  input: { ground: SuspensionGround; reason: string; suspendedOn?: string | undefined },
) {
  return inWriteTransaction(services, ctx, (w) => suspendCaseOn(services, w, id, input));
}

export async function suspendCaseOn(
  services: Services,
  w: Writer,
  id: string,
  input: { ground: SuspensionGround; reason: string; suspendedOn?: string | undefined },
) {
  const { row } = await caseForAct(services, w, id, 'suspend');
  const on = actDate(services, input.suspendedOn, 'suspendedOn');
  await pauseCaseOn(services, w, caseRef(row), { cause: 'suspension', reason: input.reason, from: on });
  await w.tx
    .updateTable('reconsideration_cases')
    .set({ suspension_ground: input.ground })
    .where('region_code', '=', row.region_code)
    .where('id', '=', row.id)
    .execute();
  await recordCaseAct(w, row, {
    act: 'suspended',
    on,
    status: 'suspended',
    summary: `中止行政复议：${suspensionGroundLabels[input.ground]}。${input.reason}`,
    changes: { ground: input.ground },
  });
}

export async function resumeCase(
  services: Services,
  ctx: WriteContext,
  id: string,
  input: { resumedOn?: string | undefined },
) {
  return inWriteTransaction(services, ctx, (w) => resumeCaseOnW(services, w, id, input));
}

/** 恢复审理 inside the caller's transaction (also after an incidental review's outcome, normative-review/). */
export async function resumeCaseOnW(
  services: Services,
  w: Writer,
  id: string,
  input: { resumedOn?: string | undefined },
) {
  const { row } = await caseForAct(services, w, id, 'resume');
  const on = actDate(services, input.resumedOn, 'resumedOn');
  const recounted = await resumeCaseOn(services, w, caseRef(row), on);
  const decision = recounted.find((d) => d.kind === 'decision');
  await recordCaseAct(w, row, {
    act: 'resumed',
    on,
    status: 'accepted',
    summary: `中止原因消除，恢复审理${decision ? `，作出决定的期限顺延至 ${decision.due}` : ''}`,
    changes: { decisionDue: decision?.due ?? null },
  });
}
