// 第三十一条第二款: 无正当理由逾期不补正的，视为申请人放弃行政复议申请，并记录在案 — recorded by the office once the
// applicant's ten working days have passed without a correction.
import { endCaseClockOn } from '../../../../platform/cases/clock';
import { closeDeadline } from '../../../../platform/deadlines';
import { conflict } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext } from '../../../../platform/write';
import { CASE_SUBJECT } from '../../catalogue';
import { caseForAct, caseRef, recordCaseAct } from '../../workflow';

export async function deemWithdrawn(services: Services, ctx: WriteContext, id: string) {
  return inWriteTransaction(services, ctx, async (w) => {
    const { row } = await caseForAct(services, w, id, 'deem-withdrawn');
    const today = services.clock.today();
    const owed = await w.tx
      .selectFrom('deadlines')
      .select('due_on')
      .where('region_code', '=', row.region_code)
      .where('subject_type', '=', CASE_SUBJECT)
      .where('subject_id', '=', row.id)
      .where('kind', '=', 'applicant-correction')
      .executeTakeFirst();
    if (owed && owed.due_on >= today)
      throw conflict('CORRECTION_PERIOD_RUNNING', `补正期限至 ${owed.due_on} 届满，届满前不能视为放弃申请`);
    const where = { regionCode: row.region_code, subjectType: CASE_SUBJECT, subjectId: row.id };
    await closeDeadline(w, { ...where, kind: 'applicant-correction' }, today);
    await endCaseClockOn(w, caseRef(row), today);
    await recordCaseAct(w, row, {
      act: 'deemed_withdrawn',
      on: today,
      status: 'withdrawn',
      summary: '申请人无正当理由逾期不补正，视为放弃行政复议申请（第三十一条第二款）',
      changes: { correctionDue: owed?.due_on ?? null },
    });
  });
}
