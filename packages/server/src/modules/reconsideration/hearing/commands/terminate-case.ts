// 终止 (第四十一条): the case ends on one of the five grounds; its clock ends with it (platform/cases). 第四十一条第五项
// reads only a suspension on 第三十九条第一款第一、二、四项 that has lasted sixty days (rule
// reconsideration.suspension-termination).
import {
  lapsingSuspensionGrounds,
  terminationGroundLabels,
  type SuspensionGround,
  type TerminationGround,
} from '@fazhi/core/reconsideration';
import { actDate } from '../../../../platform/act-date';
import { endCaseClockOn, openCasePause } from '../../../../platform/cases/clock';
import { computeFor } from '../../../../platform/deadlines';
import { invalid } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext } from '../../../../platform/write';
import { CASE_SUBJECT } from '../../catalogue';
import { caseForAct, caseRef, recordCaseAct } from '../../workflow';

export async function terminateCase(
  services: Services,
  ctx: WriteContext,
  id: string,
  input: { ground: TerminationGround; reason: string; terminatedOn?: string | undefined },
) {
  return inWriteTransaction(services, ctx, async (w) => {
    const { row } = await caseForAct(services, w, id, 'terminate');
    const on = actDate(services, input.terminatedOn, 'terminatedOn');
    if (input.ground === 'suspension-lapsed') {
      const pause = await openCasePause(w.tx, caseRef(row));
      const ground = row.suspension_ground as SuspensionGround | null;
      const lapsing = row.status === 'suspended' && pause && ground && lapsingSuspensionGrounds.includes(ground);
      const sixty = lapsing
        ? await computeFor(w.tx, {
            regionCode: row.region_code,
            subjectType: CASE_SUBJECT,
            subjectId: row.id,
            kind: 'suspension-termination',
            label: '',
            subjectTitle: '',
            ruleId: 'reconsideration.suspension-termination',
            from: pause.from,
            responsibleOrgId: row.office_org_id,
          })
        : null;
      if (!sixty || on < sixty.due)
        throw invalid(
          'TERMINATION_GROUND_INVALID',
          '第四十一条第五项仅适用于依第三十九条第一款第一、二、四项中止满六十日的案件',
          [{ path: 'ground', message: sixty ? `中止满六十日为 ${sixty.due}` : '该案件不属于此种中止情形' }],
        );
    }
    await endCaseClockOn(w, caseRef(row), on);
    await w.tx
      .updateTable('reconsideration_cases')
      .set({ termination_ground: input.ground, ended_on: on })
      .where('region_code', '=', row.region_code)
      .where('id', '=', row.id)
      .execute();
    await recordCaseAct(w, row, {
      act: 'terminated',
      on,
      status: 'terminated',
      summary: `终止行政复议：${terminationGroundLabels[input.ground]}。${input.reason}`,
      changes: { ground: input.ground },
    });
  });
}
