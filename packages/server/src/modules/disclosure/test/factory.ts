// Test-only: a disclosure request to a body in the state a test needs, built through the module's acts on the
// system's write context with its days counted back from today (a late state written at once, not walked act by act
// through the API in every test).
import { formatIsoDate, parseIsoDate } from '@fazhi/core/calendar';
import type { Services } from '../../../platform/services';
import { inWriteTransaction, type Writer } from '../../../platform/write';
import { startConsultationOn } from '../requests/commands/consultation';
import { requestCorrectionOn } from '../requests/commands/correction';
import { replyToRequestOn } from '../requests/commands/reply';
import { submitRequestOn } from '../requests/commands/submit-request';
import type { PublicRequestBody } from '../schemas';

export type RequestState =
  'submitted' | 'received' | 'correction_requested' | 'correction_lapsed' | 'consulting' | 'replied';

/** A request as the portal's form posts it, with markup in its text (it is stored and shown as text). */
export const requestBody = (regionCode: string, bodyId: string, n = 1): PublicRequestBody => ({
  regionCode,
  bodyId,
  applicantKind: 'natural_person',
  applicant: { name: `测试申请人${n}`, idNumber: '11010519491231002X', phone: '13800138000' },
  informationDescription: `2026年度食品安全抽检结果<script>alert(${n})</script>`,
  deliveryForm: 'email',
});

export async function buildRequest(
  services: Services,
  regionCode: string,
  bodyId: string,
  state: RequestState,
  n = 1,
): Promise<string> {
  const today = services.clock.today();
  const ago = (d: number) => formatIsoDate(parseIsoDate(today) - d);
  return inWriteTransaction(services, { actor: null, ip: null }, async (w: Writer) => {
    const handedInOn = state === 'correction_lapsed' ? ago(60) : state === 'submitted' ? today : ago(3);
    const { id } = await submitRequestOn(
      services,
      w,
      requestBody(regionCode, bodyId, n),
      state === 'submitted' ? 'online' : 'in_person',
      { handedInOn },
    );
    if (state === 'correction_requested' || state === 'correction_lapsed')
      await requestCorrectionOn(services, w, id, {
        correctionItems: ['所需信息的具体名称或者文号', '信息形成的大致时间'],
        requestedOn: state === 'correction_lapsed' ? ago(58) : ago(2),
      });
    if (state === 'consulting')
      await startConsultationOn(services, w, id, {
        consultationKind: 'third_party',
        consultee: '示范食品有限公司',
        consultationStartedOn: ago(1),
      });
    if (state === 'replied')
      await replyToRequestOn(services, w, id, { outcome: 'provided', replyText: '现通过电子邮件提供该信息。' });
    return id;
  });
}
