// 送达: a paper of the request served on the applicant (platform/cases service records), by the 民事诉讼法's ways.
import { disclosurePaperLabels, type DisclosurePaper } from '@fazhi/core/disclosure';
import type { ServiceMethod } from '@fazhi/core/cases';
import { actDate } from '../../../../platform/act-date';
import { recordServiceOn } from '../../../../platform/cases/service-records';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext } from '../../../../platform/write';
import { requestForAct, requestRef } from '../../workflow';

export async function recordPaperService(
  services: Services,
  ctx: WriteContext,
  id: string,
  input: {
    paper: DisclosurePaper;
    partyId?: string | undefined;
    recipient: string;
    serviceMethod: ServiceMethod;
    servedOn?: string | undefined;
    note?: string | undefined;
  },
) {
  return inWriteTransaction(services, ctx, async (w) => {
    const { row } = await requestForAct(services, w, id, 'record-service');
    await recordServiceOn(w, requestRef(row), {
      paper: disclosurePaperLabels[input.paper],
      partyId: input.partyId ?? null,
      recipient: input.recipient,
      method: input.serviceMethod,
      servedOn: actDate(services, input.servedOn, 'servedOn'),
      note: input.note ?? null,
    });
  });
}
