// 第四十八条 / 第五十四条: the respondent's written answer, evidence and basis received (late or not: 第七十条 reads a
// missing answer, which the decision then weighs).
import { actDate } from '../../../../platform/act-date';
import { closeDeadline } from '../../../../platform/deadlines';
import { conflict } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext } from '../../../../platform/write';
import { CASE_SUBJECT } from '../../catalogue';
import { caseForAct, recordCaseAct } from '../../workflow';

export async function recordAnswer(
  services: Services,
  ctx: WriteContext,
  id: string,
  input: { handledOn?: string | undefined },
) {
  return inWriteTransaction(services, ctx, async (w) => {
    const { row } = await caseForAct(services, w, id, 'record-answer');
    if (!row.copy_sent_on) throw conflict('COPY_NOT_SENT', '尚未向被申请人发送申请书副本');
    if (row.answered_on) throw conflict('ANSWER_ALREADY_RECORDED', `已于 ${row.answered_on} 收到被申请人答复`);
    const on = actDate(services, input.handledOn, 'handledOn');
    const answer = await closeDeadline(
      w,
      { regionCode: row.region_code, subjectType: CASE_SUBJECT, subjectId: row.id, kind: 'respondent-answer' },
      on,
    );
    await w.tx
      .updateTable('reconsideration_cases')
      .set({ answered_on: on })
      .where('region_code', '=', row.region_code)
      .where('id', '=', row.id)
      .execute();
    await recordCaseAct(w, row, {
      act: 'answer_recorded',
      on,
      status: row.status,
      summary: `收到${row.respondent_name}的书面答复及证据、依据${answer?.status === 'missed' ? '（逾期，第七十条）' : ''}`,
      changes: { kept: answer?.status ?? null },
    });
  });
}
