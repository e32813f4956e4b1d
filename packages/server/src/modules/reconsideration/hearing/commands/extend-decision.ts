// 第六十二条第一款: 情况复杂，不能在规定期限内作出行政复议决定的，经行政复议机构的负责人批准，可以适当延长，并书面告知当事人；
// 但是延长期限最多不得超过三十日 — the ordinary procedure only (第六十二条第二款 gives the simplified none).
import { actDate } from '../../../../platform/act-date';
import { extendCaseStepOn } from '../../../../platform/cases/clock';
import { conflict } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext } from '../../../../platform/write';
import { caseForAct, caseRef, recordCaseAct } from '../../workflow';

export async function extendDecision(
  services: Services,
  ctx: WriteContext,
  id: string,
  input: { approver: string; approvedOn?: string | undefined; reason: string },
) {
  return inWriteTransaction(services, ctx, async (w) => {
    const { row } = await caseForAct(services, w, id, 'extend');
    if (row.procedure !== 'ordinary')
      throw conflict('NO_EXTENSION_IN_SIMPLIFIED', '简易程序的审理期限不能延长（第六十二条第二款）');
    const approvedOn = actDate(services, input.approvedOn, 'approvedOn');
    const d = await extendCaseStepOn(w, caseRef(row), 'decision', {
      approvedBy: input.approver,
      approvedOn,
      reason: input.reason,
    });
    await recordCaseAct(w, row, {
      act: 'extended',
      on: approvedOn,
      status: row.status,
      summary: `经${input.approver}批准，作出决定的期限延长至 ${d.due}`,
      changes: { due: d.due },
    });
  });
}
