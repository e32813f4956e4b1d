// 送达 of one of the case's papers (platform/cases service records; 第八十八条 defers to the 民事诉讼法's ways of
// service). The 补正通知书's service starts the applicant's ten working days (第三十一条第二款: 自收到补正通知之日起),
// so recording it counts that period again from the day it was served.
import { reconsiderationPaperLabels, type ReconsiderationPaper } from '@fazhi/core/reconsideration';
import type { ServiceMethod } from '@fazhi/core/cases';
import { actDate } from '../../../platform/act-date';
import { recordServiceOn } from '../../../platform/cases/service-records';
import { setDeadline } from '../../../platform/deadlines';
import { conflict, invalid } from '../../../platform/errors';
import type { Services } from '../../../platform/services';
import { inWriteTransaction, type WriteContext } from '../../../platform/write';
import { CASE_SUBJECT } from '../catalogue';
import { caseForAct, caseLink, caseRef, caseTitle } from '../workflow';
import { latestHearing, paperIssuedOn } from './papers';

export interface ServiceBody {
  paper: ReconsiderationPaper;
  partyId?: string | undefined;
  recipient: string;
  serviceMethod: ServiceMethod;
  servedOn?: string | undefined;
  note?: string | undefined;
}

export async function recordPaperService(services: Services, ctx: WriteContext, id: string, input: ServiceBody) {
  return inWriteTransaction(services, ctx, async (w) => {
    const { row } = await caseForAct(services, w, id, 'record-service');
    const label = reconsiderationPaperLabels[input.paper];
    const issuedOn = paperIssuedOn(input.paper, row, await latestHearing(w.tx, row));
    if (!issuedOn) throw conflict('PAPER_NOT_ISSUED', `尚未制作${label}，不能记录送达`);
    const servedOn = actDate(services, input.servedOn, 'servedOn');
    if (servedOn < issuedOn)
      throw invalid('SERVED_BEFORE_ISSUED', `送达日期不得早于${label}的日期 ${issuedOn}`, [
        { path: 'servedOn', message: `不得早于 ${issuedOn}` },
      ]);
    await recordServiceOn(w, caseRef(row), {
      paper: label,
      partyId: input.partyId ?? null,
      recipient: input.recipient,
      method: input.serviceMethod,
      servedOn,
      note: input.note ?? null,
    });
    if (input.paper === 'correction-notice' && row.status === 'correction_requested')
      await setDeadline(w, {
        regionCode: row.region_code,
        subjectType: CASE_SUBJECT,
        subjectId: row.id,
        kind: 'applicant-correction',
        label: '申请人提交补正材料',
        subjectTitle: caseTitle(row),
        link: caseLink(row.id),
        ruleId: 'reconsideration.applicant-correction',
        from: servedOn,
        responsibleOrgId: row.office_org_id,
      });
  });
}
