// 补正 (第三十一条): the office tells the applicant, within the five working days of the review, every item to
// complete at once; the review's clock stops (platform/cases, cause 'correction') and the applicant's ten working
// days run (rule reconsideration.applicant-correction).
import { correctionItemsProblem } from '@fazhi/core/reconsideration';
import { actDate } from '../../../../platform/act-date';
import { pauseCaseOn } from '../../../../platform/cases/clock';
import { setDeadline } from '../../../../platform/deadlines';
import { invalid } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { CASE_SUBJECT } from '../../catalogue';
import { caseForAct, caseLink, caseRef, caseTitle, recordCaseAct } from '../../workflow';

export interface RequestCorrectionInput {
  correctionItems: string[];
  requestedOn?: string | undefined;
}

export async function requestCorrection(
  services: Services,
  ctx: WriteContext,
  id: string,
  input: RequestCorrectionInput,
) {
  return inWriteTransaction(services, ctx, (w) => requestCorrectionOn(services, w, id, input));
}

export async function requestCorrectionOn(services: Services, w: Writer, id: string, input: RequestCorrectionInput) {
  const { row } = await caseForAct(services, w, id, 'request-correction');
  const problem = correctionItemsProblem(input.correctionItems);
  if (problem) throw invalid('CORRECTION_ITEMS_INVALID', problem, [{ path: 'correctionItems', message: problem }]);
  const items = input.correctionItems.map((i) => i.trim());
  const requestedOn = actDate(services, input.requestedOn, 'requestedOn');
  if (requestedOn < row.received_on)
    throw invalid('DATE_BEFORE_RECEIPT', `通知补正日期不得早于收到申请日期 ${row.received_on}`, [
      { path: 'requestedOn', message: '不得早于收到申请日期' },
    ]);
  await pauseCaseOn(services, w, caseRef(row), { cause: 'correction', reason: '通知申请人补正', from: requestedOn });
  const due = await setDeadline(w, {
    regionCode: row.region_code,
    subjectType: CASE_SUBJECT,
    subjectId: row.id,
    kind: 'applicant-correction',
    label: '申请人提交补正材料',
    subjectTitle: caseTitle(row),
    link: caseLink(row.id),
    ruleId: 'reconsideration.applicant-correction',
    from: requestedOn,
    responsibleOrgId: row.office_org_id,
  });
  await w.tx
    .updateTable('reconsideration_cases')
    .set({
      correction_items: JSON.stringify(items),
      correction_requested_on: requestedOn,
      correction_submitted_on: null,
    })
    .where('region_code', '=', row.region_code)
    .where('id', '=', row.id)
    .execute();
  await recordCaseAct(w, row, {
    act: 'correction_requested',
    on: requestedOn,
    status: 'correction_requested',
    summary: `一次性通知补正${items.length}项，申请人应于 ${due.due} 前提交补正材料`,
    changes: { items, due: due.due },
  });
}
