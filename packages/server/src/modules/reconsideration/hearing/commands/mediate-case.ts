// 调解 (第五条、第七十三条): the office records a mediation. An agreement signed by every party takes effect as the
// 行政复议调解书 and ends the case — the decision's period closes on that day and the case's clock ends (an open
// suspension for the mediation, 第三十九条第一款第六项, closed with it). No agreement, or a party going back on it
// before it took effect: the timeline says so and the case goes on to its decision (第七十三条第二款).
import { mediationOutcomeLabels, mediationProblems, type MediationInput } from '@fazhi/core/reconsideration';
import { actDate } from '../../../../platform/act-date';
import { endCaseClockOn } from '../../../../platform/cases/clock';
import { closeDeadline } from '../../../../platform/deadlines';
import { invalid } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { CASE_SUBJECT } from '../../catalogue';
import { caseForAct, caseRef, recordCaseAct } from '../../workflow';

export interface MediateInput extends MediationInput {
  /** the day the last party signed (the agreement's effect), or the day the mediation failed; today when not given */
  mediatedOn?: string | undefined;
}

export async function mediateCase(services: Services, ctx: WriteContext, id: string, input: MediateInput) {
  return inWriteTransaction(services, ctx, (w) => mediateCaseOn(services, w, id, input));
}

export async function mediateCaseOn(services: Services, w: Writer, id: string, input: MediateInput) {
  const { row } = await caseForAct(services, w, id, 'mediate');
  const on = actDate(services, input.mediatedOn, 'mediatedOn');
  const problems = mediationProblems(input);
  if (row.accepted_on && on < row.accepted_on)
    problems.push({ path: 'mediatedOn', message: `不得早于受理日期 ${row.accepted_on}` });
  if (problems.length) throw invalid('MEDIATION_INVALID', problems[0]!.message, problems);
  if (input.mediationOutcome === 'failed') {
    await recordCaseAct(w, row, {
      act: 'mediation_failed',
      on,
      status: row.status,
      summary: `${mediationOutcomeLabels.failed}：${input.mediationNote!.trim()}`,
      changes: { outcome: 'failed' },
    });
    return;
  }
  // the case ends within its period or after it (as a decision would); a suspended case's period is held, so it is
  // cancelled with the clock instead of measured against a stale day
  const decision =
    row.status === 'accepted'
      ? await closeDeadline(
          w,
          { regionCode: row.region_code, subjectType: CASE_SUBJECT, subjectId: row.id, kind: 'decision' },
          on,
        )
      : null;
  await endCaseClockOn(w, caseRef(row), on);
  await w.tx
    .updateTable('reconsideration_cases')
    .set({ mediation_text: input.mediationAgreement!, mediated_on: on, ended_on: on })
    .where('region_code', '=', row.region_code)
    .where('id', '=', row.id)
    .execute();
  await recordCaseAct(w, row, {
    act: 'mediated',
    on,
    status: 'mediated',
    summary: `${mediationOutcomeLabels.agreed}，调解书自${on}起生效${decision?.status === 'missed' ? '（超过法定审理期限）' : ''}`,
    changes: { outcome: 'agreed', kept: decision?.status ?? null },
  });
}
