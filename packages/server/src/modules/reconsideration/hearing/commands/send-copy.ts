// 第四十八条 / 第五十四条: the copy of the application goes to the respondent (7 / 3 working days from acceptance),
// whose written answer with its evidence and basis is then owed (10 / 5 working days from receipt).
import { procedureRules } from '@fazhi/core/reconsideration';
import { actDate } from '../../../../platform/act-date';
import { closeDeadline, setDeadline } from '../../../../platform/deadlines';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { CASE_SUBJECT } from '../../catalogue';
import { caseForAct, caseLink, caseTitle, recordCaseAct } from '../../workflow';

export async function sendCopy(
  services: Services,
  ctx: WriteContext,
  id: string,
  input: { handledOn?: string | undefined },
) {
  return inWriteTransaction(services, ctx, (w) => sendCopyOn(services, w, id, input));
}

export async function sendCopyOn(services: Services, w: Writer, id: string, input: { handledOn?: string | undefined }) {
  const { row } = await caseForAct(services, w, id, 'send-copy');
  const on = actDate(services, input.handledOn, 'handledOn');
  const where = { regionCode: row.region_code, subjectType: CASE_SUBJECT, subjectId: row.id };
  const copy = await closeDeadline(w, { ...where, kind: 'copy-to-respondent' }, on);
  const answer = await setDeadline(w, {
    ...where,
    kind: 'respondent-answer',
    label: '被申请人提出书面答复',
    subjectTitle: caseTitle(row),
    link: caseLink(row.id),
    ruleId: procedureRules[row.procedure ?? 'ordinary'].answer,
    from: on,
    responsibleOrgId: row.office_org_id,
  });
  await w.tx
    .updateTable('reconsideration_cases')
    .set({ copy_sent_on: on })
    .where('region_code', '=', row.region_code)
    .where('id', '=', row.id)
    .execute();
  await recordCaseAct(w, row, {
    act: 'copy_sent',
    on,
    status: row.status,
    summary: `向${row.respondent_name}发送申请书副本${copy?.status === 'missed' ? '（逾期）' : ''}，被申请人应于 ${answer.due} 前答复`,
    changes: { answerDue: answer.due },
  });
}
