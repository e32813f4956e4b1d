// A suit of an agency in the stage a test needs, built through the module's commands on the system's context (the
// acts are few and cheap, so no rows are written by hand): registered, in its defence period, answered, heard with
// the head (a hearing yesterday), decided with an appeal period running, or effective with a duty to perform.
import { formatIsoDate, parseIsoDate } from '@fazhi/core/calendar';
import type { Services } from '../../../platform/services';
import type { WriteContext } from '../../../platform/write';
import { concludeSuit } from '../commands/conclude-suit';
import { decideSuit } from '../commands/decide-suit';
import { recordAppearance } from '../commands/record-appearance';
import { registerSuit } from '../commands/register-suit';
import { scheduleHearing } from '../commands/schedule-hearing';
import { serveComplaint } from '../commands/serve-complaint';
import { submitDefence } from '../commands/submit-defence';

export type SuitStage = 'registered' | 'answering' | 'answered' | 'heard' | 'decided' | 'effective';
const order: SuitStage[] = ['registered', 'answering', 'answered', 'heard', 'decided', 'effective'];

let serial = 9000;
export const daysFrom = (day: string, n: number) => formatIsoDate(parseIsoDate(day) + n);

export async function suitAt(services: Services, ctx: WriteContext, orgId: string, stage: SuitStage) {
  const today = services.clock.today();
  const suitFiledOn = daysFrom(today, -60);
  const { id } = await registerSuit(services, ctx, {
    defendingBodyId: orgId,
    handlerName: '测试承办人',
    courtName: '示范区人民法院',
    suitNumber: `（${suitFiledOn.slice(0, 4)}）内0105行初${serial++}号`,
    instance: 'first',
    suitCause: '测试案由',
    suedAct: '测试被诉行政行为',
    suitFiledOn,
    major: false,
    groupSuit: false,
    compensation: false,
    plaintiffs: [{ kind: 'person', name: '测试原告', phone: '13800138000' }],
    thirdParties: [],
  });
  const reached = (s: SuitStage) => order.indexOf(stage) >= order.indexOf(s);
  let hearingId: string | null = null;
  // a decided suit was heard before its judgment; an answered or heard one yesterday
  const hearingOn = daysFrom(today, reached('decided') ? -40 : -1);
  if (reached('answering'))
    await serveComplaint(services, ctx, id, { complaintServedOn: daysFrom(suitFiledOn, 3), serviceMethod: 'direct' });
  if (reached('answered'))
    await submitDefence(services, ctx, id, { defenceSubmittedOn: daysFrom(suitFiledOn, 10), evidenceNote: '测试证据' });
  if (reached('heard') || stage === 'answered')
    hearingId = (
      await scheduleHearing(services, ctx, id, {
        courtHearingOn: hearingOn,
        courtRoom: '第一审判庭',
        courtCalledGrounds: [],
      })
    ).id;
  if (reached('heard'))
    await recordAppearance(services, ctx, id, {
      courtHearingId: hearingId!,
      courtAppearance: 'head',
      appearingHeadName: '测试负责人',
      appearingHeadPost: 'principal',
      headCertificateOn: daysFrom(hearingOn, -10),
    });
  if (reached('decided'))
    await decideSuit(services, ctx, id, {
      suitOutcome: 'annulled',
      judgedOn: daysFrom(today, stage === 'decided' ? 0 : -30),
      judgmentServedOn: daysFrom(today, stage === 'decided' ? 0 : -28),
    });
  if (reached('effective'))
    await concludeSuit(services, ctx, id, { appealFiled: false, appealOrEffectOn: daysFrom(today, -1) });
  return { id, hearingId };
}
