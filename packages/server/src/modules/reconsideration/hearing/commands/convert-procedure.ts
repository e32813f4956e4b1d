// 第五十五条: 适用简易程序审理的行政复议案件，行政复议机构认为不宜适用简易程序的，经行政复议机构的负责人批准，可以转为
// 普通程序审理 — the case's periods are counted again under the ordinary procedure's rules from the same acceptance
// (the decision's sixty days, and the copy and answer not yet done), its pauses kept.
import { procedureRules } from '@fazhi/core/reconsideration';
import { actDate } from '../../../../platform/act-date';
import { reruleCaseStepOn } from '../../../../platform/cases/clock';
import { conflict } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext } from '../../../../platform/write';
import { caseForAct, caseRef, recordCaseAct } from '../../workflow';

export async function convertProcedure(
  services: Services,
  ctx: WriteContext,
  id: string,
  input: { approver: string; approvedOn?: string | undefined; reason: string },
) {
  return inWriteTransaction(services, ctx, async (w) => {
    const { row } = await caseForAct(services, w, id, 'convert-procedure');
    if (row.procedure !== 'simplified') throw conflict('NOT_SIMPLIFIED', '本案未适用简易程序，无需转为普通程序');
    const approvedOn = actDate(services, input.approvedOn, 'approvedOn');
    const ordinary = procedureRules.ordinary;
    const ref = caseRef(row);
    await reruleCaseStepOn(w, ref, 'copy-to-respondent', ordinary.copy);
    await reruleCaseStepOn(w, ref, 'respondent-answer', ordinary.answer);
    const decision = await reruleCaseStepOn(w, ref, 'decision', ordinary.decision);
    await w.tx
      .updateTable('reconsideration_cases')
      .set({ procedure: 'ordinary', simplified_ground: null })
      .where('region_code', '=', row.region_code)
      .where('id', '=', row.id)
      .execute();
    await recordCaseAct(w, row, {
      act: 'procedure_converted',
      on: approvedOn,
      status: row.status,
      summary: `经${input.approver}批准，简易程序转为普通程序审理（${input.reason}）${
        decision ? `，作出决定的期限为 ${decision.due}` : ''
      }`,
      changes: { approver: input.approver, decisionDue: decision?.due ?? null },
    });
  });
}
