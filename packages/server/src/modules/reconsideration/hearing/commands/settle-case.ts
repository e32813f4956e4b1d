// 和解 (第七十四条): the parties settle before the decision, the applicant withdraws the application and the office
// approves the withdrawal; the case is terminated on 第四十一条第一项 and its clock ends. The applicant may not apply
// again on the same facts and reasons (第七十四条第二款), which the timeline states.
import { actDate } from '../../../../platform/act-date';
import { endCaseClockOn } from '../../../../platform/cases/clock';
import { invalid } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext } from '../../../../platform/write';
import { caseForAct, caseRef, recordCaseAct } from '../../workflow';

export interface SettleInput {
  /** what the parties agreed (the respondent's own correction, as a rule) */
  settlementText: string;
  /** the day the applicant withdrew the application */
  withdrawnOn?: string | undefined;
  /** the day the office approved the withdrawal; today when not given */
  approvedOn?: string | undefined;
}

export async function settleCase(services: Services, ctx: WriteContext, id: string, input: SettleInput) {
  return inWriteTransaction(services, ctx, async (w) => {
    const { row } = await caseForAct(services, w, id, 'settle');
    const approvedOn = actDate(services, input.approvedOn, 'approvedOn');
    const withdrawnOn = actDate(services, input.withdrawnOn ?? approvedOn, 'withdrawnOn');
    const problems = [];
    if (row.accepted_on && withdrawnOn < row.accepted_on)
      problems.push({ path: 'withdrawnOn', message: `不得早于受理日期 ${row.accepted_on}` });
    if (approvedOn < withdrawnOn) problems.push({ path: 'approvedOn', message: `不得早于撤回申请日期 ${withdrawnOn}` });
    if (problems.length) throw invalid('SETTLEMENT_INVALID', problems[0]!.message, problems);
    // the decision is no longer owed: its period and every other open one are cancelled with the clock
    await endCaseClockOn(w, caseRef(row), approvedOn);
    await w.tx
      .updateTable('reconsideration_cases')
      .set({
        settlement_text: input.settlementText,
        settled_on: approvedOn,
        termination_ground: 'withdrawn',
        ended_on: approvedOn,
      })
      .where('region_code', '=', row.region_code)
      .where('id', '=', row.id)
      .execute();
    await recordCaseAct(w, row, {
      act: 'settled',
      on: approvedOn,
      status: 'terminated',
      summary: `当事人自愿达成和解，申请人于${withdrawnOn}撤回行政复议申请，准予撤回并终止行政复议（第七十四条、第四十一条第一项）；申请人不得再以同一事实和理由提出行政复议申请`,
      changes: { withdrawnOn, ground: 'withdrawn' },
    });
  });
}
