// 行政复议决定 (第六十一条至第六十九条、第三十三条): recorded once the body's head has approved it or its collective
// discussion has passed it (第六十一条第一款); the decision's clock closes, met or missed against its day.
import { decisionTypeLabels, type DecisionType } from '@fazhi/core/reconsideration';
import { actDate } from '../../../../platform/act-date';
import { endCaseClockOn } from '../../../../platform/cases/clock';
import { closeDeadline } from '../../../../platform/deadlines';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { CASE_SUBJECT } from '../../catalogue';
import { caseForAct, caseRef, recordCaseAct } from '../../workflow';

export async function decideCase(
  services: Services,
  ctx: WriteContext,
  id: string,
  input: { decisionType: DecisionType; decisionText: string; decidedOn?: string | undefined },
) {
  return inWriteTransaction(services, ctx, (w) => decideCaseOn(services, w, id, input));
}

export async function decideCaseOn(
  services: Services,
  w: Writer,
  id: string,
  input: { decisionType: DecisionType; decisionText: string; decidedOn?: string | undefined },
) {
  const { row } = await caseForAct(services, w, id, 'decide');
  const on = actDate(services, input.decidedOn, 'decidedOn');
  const decision = await closeDeadline(
    w,
    { regionCode: row.region_code, subjectType: CASE_SUBJECT, subjectId: row.id, kind: 'decision' },
    on,
  );
  await endCaseClockOn(w, caseRef(row), on);
  await w.tx
    .updateTable('reconsideration_cases')
    .set({ decision_type: input.decisionType, decision_text: input.decisionText, decided_on: on, ended_on: on })
    .where('region_code', '=', row.region_code)
    .where('id', '=', row.id)
    .execute();
  await recordCaseAct(w, row, {
    act: 'decided',
    on,
    status: 'decided',
    summary: `作出行政复议决定：${decisionTypeLabels[input.decisionType]}${decision?.status === 'missed' ? '（超过法定期限）' : ''}`,
    changes: { decisionType: input.decisionType, kept: decision?.status ?? null },
  });
}
